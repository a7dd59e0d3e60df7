namespace Mesh.Grains.Claims.CodeSets;

/// <summary>The meanings of the CARC and RARC codes a remittance carries, answered in process.</summary>
public interface IReasonCodeLookup
{
    /// <summary>The meaning of a claim adjustment reason code, or null when the loaded set does not hold it.</summary>
    string? DescribeAdjustment(string carc);

    /// <summary>The meaning of a remittance advice remark code, or null when the loaded set does not hold it.</summary>
    string? DescribeRemark(string rarc);
}
