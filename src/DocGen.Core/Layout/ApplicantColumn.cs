using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>
/// A number column of table 三. <see cref="Field"/> is the contract's field name;
/// <see cref="Read"/> gives the cell's value (总计 falls back to the sum when it was not sent).
/// </summary>
public sealed record ApplicantColumn(
    string Header,
    string Field,
    Func<ApplicantCounts, long> Read,
    Func<ApplicantCounts, long, ApplicantCounts> With)
{
    /// <summary>Whether the column sits under 法人或其他组织 in the table head.</summary>
    public bool IsOrganisation { get; init; }

    /// <summary>The 总计 column (cross-check rule 1 sums the others into it).</summary>
    public bool IsTotal { get; init; }
}

/// <summary>The seven number columns of table 三, left to right: the one place their labels are spelled.</summary>
public static class ApplicantColumns
{
    public const string ApplicantsHeader = "申请人情况";
    public const string OrganisationsHeader = "法人或其他组织";

    public static readonly ApplicantColumn NaturalPerson =
        new("自然人", "natural_person", c => c.NaturalPerson, (c, v) => c with { NaturalPerson = v });

    public static readonly ApplicantColumn CommercialEnterprise =
        new("商业企业", "commercial_enterprise", c => c.CommercialEnterprise, (c, v) => c with { CommercialEnterprise = v })
        { IsOrganisation = true };

    public static readonly ApplicantColumn ResearchInstitution =
        new("科研机构", "research_institution", c => c.ResearchInstitution, (c, v) => c with { ResearchInstitution = v })
        { IsOrganisation = true };

    public static readonly ApplicantColumn PublicInterestOrg =
        new("社会公益组织", "public_interest_org", c => c.PublicInterestOrg, (c, v) => c with { PublicInterestOrg = v })
        { IsOrganisation = true };

    public static readonly ApplicantColumn LegalServiceOrg =
        new("法律服务机构", "legal_service_org", c => c.LegalServiceOrg, (c, v) => c with { LegalServiceOrg = v })
        { IsOrganisation = true };

    public static readonly ApplicantColumn OtherOrg =
        new("其他", "other_org", c => c.OtherOrg, (c, v) => c with { OtherOrg = v })
        { IsOrganisation = true };

    public static readonly ApplicantColumn Total =
        new("总计", "total", c => c.Total ?? c.SumOfApplicants, (c, v) => c with { Total = v })
        { IsTotal = true };

    public static readonly IReadOnlyList<ApplicantColumn> All =
        [NaturalPerson, CommercialEnterprise, ResearchInstitution, PublicInterestOrg, LegalServiceOrg, OtherOrg, Total];

    /// <summary>The six applicant columns that 总计 sums.</summary>
    public static readonly IReadOnlyList<ApplicantColumn> Applicants = All.Where(c => !c.IsTotal).ToArray();
}
