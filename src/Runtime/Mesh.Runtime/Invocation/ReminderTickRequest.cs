using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Invocation;

/// <summary>The call a due reminder makes to its grain: <see cref="IRemindable.ReceiveReminderAsync"/>, written by hand as the generator would.</summary>
internal sealed class ReminderTickRequest : GrainRequest<NoResult>
{
    public const string Key = "Mesh.Runtime.IRemindable.ReceiveReminderAsync(string)";

    public string Arg0 = string.Empty;

    public override string InterfaceName => "Mesh.Runtime.IRemindable";

    public override string MethodName => nameof(IRemindable.ReceiveReminderAsync);

    public override string RequestKey => Key;

    public override void CopyArguments(IDeepCopier copier)
    {
        // A string is immutable: nothing to copy.
    }

    public override void WriteArguments(ArgumentWriter writer) => writer.Write(Arg0);

    public override void ReadArguments(ArgumentReader reader) => Arg0 = reader.Read<string>();

    public override ValueTask<NoResult> InvokeAsync(object grain) =>
        grain is IRemindable remindable
            ? Complete(remindable.ReceiveReminderAsync(Arg0))
            : ValueTask.FromException<NoResult>(new InvalidOperationException($"{grain.GetType().FullName} registered reminder '{Arg0}' but does not implement IRemindable."));
}
