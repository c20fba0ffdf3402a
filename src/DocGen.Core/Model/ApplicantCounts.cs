namespace DocGen.Core.Model;

/// <summary>
/// One row of table 三, by applicant. <see cref="Total"/> is null when the caller left it out;
/// completion computes it.
/// </summary>
public sealed record ApplicantCounts(
    long NaturalPerson = 0,
    long CommercialEnterprise = 0,
    long ResearchInstitution = 0,
    long PublicInterestOrg = 0,
    long LegalServiceOrg = 0,
    long OtherOrg = 0,
    long? Total = null)
{
    public static readonly ApplicantCounts Zero = new();

    /// <summary>The sum of the six applicant columns (what 总计 must equal); saturates instead of overflowing.</summary>
    public long SumOfApplicants =>
        SaturatingSum.Of(NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicInterestOrg, LegalServiceOrg, OtherOrg);
}
