using System.Security.Cryptography;
using System.Text;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// Starts de-identification sessions. Dates of a known patient move by an offset derived from their id with a key made
/// when the process starts, so one patient's dates move alike in every exchange of that process and intervals stay true;
/// text about no known patient gets a random offset per session. Offsets lie between 30 and 330 days either way, so a
/// moved date never lands on the same day of another year.
/// </summary>
public sealed class PhiDeidentifier
{
    private const int MinShiftDays = 30;
    private const int MaxShiftDays = 330;

    private readonly byte[] _key;

    /// <summary>A de-identifier with a fresh random key.</summary>
    public PhiDeidentifier()
        : this(RandomNumberGenerator.GetBytes(32))
    {
    }

    internal PhiDeidentifier(byte[] key) => _key = key;

    /// <summary>A session for one exchange about <paramref name="subject"/> (null when the patient is not known).</summary>
    public PhiSession Begin(PhiSubject? subject, PhiDateHandling dates = PhiDateHandling.Shift) =>
        new(subject, ShiftDaysFor(subject), dates);

    /// <summary>De-identifies one text on its own, as an untrusted chat model would receive it.</summary>
    public DeidentifiedText Deidentify(string text, PhiSubject? subject)
    {
        ArgumentNullException.ThrowIfNull(text);
        var session = Begin(subject);
        var deidentified = session.Deidentify(text);
        return new DeidentifiedText(deidentified, session.Kinds);
    }

    /// <summary>The offset of <paramref name="subject"/>'s dates.</summary>
    internal int ShiftDaysFor(PhiSubject? subject)
    {
        var bits = string.IsNullOrEmpty(subject?.PatientId)
            ? RandomNumberGenerator.GetBytes(4)
            : HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(subject.PatientId));
        var value = BitConverter.ToUInt32(bits, 0);

        var days = MinShiftDays + (int)(value % (MaxShiftDays - MinShiftDays + 1));
        return (value & 0x8000_0000) == 0 ? days : -days;
    }
}
