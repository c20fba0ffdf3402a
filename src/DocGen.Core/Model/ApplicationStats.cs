namespace DocGen.Core.Model;

/// <summary>（三）不予公开.</summary>
public sealed record Withheld
{
    public ApplicantCounts? StateSecret { get; init; }
    public ApplicantCounts? ProhibitedByLaw { get; init; }
    public ApplicantCounts? SafetyAndStability { get; init; }
    public ApplicantCounts? ThirdPartyRights { get; init; }
    public ApplicantCounts? InternalAffairs { get; init; }
    public ApplicantCounts? ProcessInformation { get; init; }
    public ApplicantCounts? EnforcementFiles { get; init; }
    public ApplicantCounts? QueryMatters { get; init; }
}

/// <summary>（四）无法提供.</summary>
public sealed record Unavailable
{
    public ApplicantCounts? NotHeld { get; init; }
    public ApplicantCounts? NeedsCreation { get; init; }
    public ApplicantCounts? StillUnclear { get; init; }
}

/// <summary>（五）不予处理.</summary>
public sealed record NotProcessed
{
    public ApplicantCounts? Complaints { get; init; }
    public ApplicantCounts? Duplicate { get; init; }
    public ApplicantCounts? Publications { get; init; }
    public ApplicantCounts? Excessive { get; init; }
    public ApplicantCounts? Confirmation { get; init; }
}

/// <summary>（六）其他处理. EDITION_2019 has one row, held in <see cref="Other"/>.</summary>
public sealed record OtherHandling
{
    public ApplicantCounts? OverdueCorrection { get; init; }
    public ApplicantCounts? UnpaidFees { get; init; }
    public ApplicantCounts? Other { get; init; }
}

/// <summary>Table 三 · 收到和处理政府信息公开申请情况. A null row was not sent.</summary>
public sealed record ApplicationStats
{
    public ApplicantCounts? NewReceived { get; init; }
    public ApplicantCounts? CarriedOver { get; init; }
    public ApplicantCounts? Disclosed { get; init; }
    public ApplicantCounts? PartiallyDisclosed { get; init; }
    public Withheld? Withheld { get; init; }
    public Unavailable? Unavailable { get; init; }
    public NotProcessed? NotProcessed { get; init; }
    public OtherHandling? OtherHandling { get; init; }
    /// <summary>（七）总计; null when left out (completion computes it).</summary>
    public ApplicantCounts? ResultsTotal { get; init; }
    public ApplicantCounts? CarriedForward { get; init; }
}
