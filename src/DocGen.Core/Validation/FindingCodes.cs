namespace DocGen.Core.Validation;

/// <summary>
/// The stable codes of <see cref="Finding.Code"/>: callers branch on them, so they never change
/// meaning once published. ERROR unless marked WARNING. <see cref="Finding.Expected"/> and
/// <see cref="Finding.Actual"/> carry figures where a code has them (the value the rule or the
/// cross-checks call for, and the value sent); otherwise both are 0.
/// </summary>
public static class FindingCodes
{
    // ---- 勾稽关系 (cross-checks); a total the caller left out is computed, never reported.

    /// <summary>Rule 1: a table 三 row's 总计 the caller sent differs from the sum of the six applicant columns.</summary>
    public const string ApplicantRowTotal = "APPLICANT_ROW_TOTAL";

    /// <summary>Rule 2: in a table 三 column, 一 + 二 ≠ （七）总计 + 四. Reported at 四、结转下年度继续办理 of that column.</summary>
    public const string ApplicationBalance = "APPLICATION_BALANCE";

    /// <summary>Rule 3: a （七）总计 cell the caller sent differs from the sum of the result rows （一）…（六） in its column.</summary>
    public const string ResultsTotal = "RESULTS_TOTAL";

    /// <summary>Rule 4: a table 四 group's 总计 the caller sent differs from 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
    public const string ReviewLitigationTotal = "REVIEW_LITIGATION_TOTAL";

    /// <summary>
    /// A single figure contradicts the checks it takes part in (in table 三: its row's 总计 and its
    /// column's check), and nothing else explains them: the figure itself was mistyped. Expected is
    /// the value that satisfies them.
    /// </summary>
    public const string InconsistentCell = "INCONSISTENT_CELL";

    /// <summary>
    /// Across years: a table 三 二、上年结转 cell differs from 四、结转下年度继续办理 of the same
    /// agency's report for the year before (given to Validate as <c>previous</c>, or found in the
    /// same import or batch). Expected is the previous year's figure.
    /// </summary>
    public const string CarriedOverMismatch = "CARRIED_OVER_MISMATCH";

    /// <summary>
    /// WARNING. The narrative states a figure a table cell holds, and states another: "受理政府信息
    /// 公开申请17件" beside a 本年新收 总计 of 95. Path names the cell (a pattern with <c>*</c>
    /// when the text names a sum of cells, e.g. <c>applications.withheld.*.total</c>); the message
    /// quotes the sentence. Expected is the text's figure and Actual the table's (both 0 for an
    /// amount). Raised only where the wording maps to one cell unambiguously: the text may speak
    /// of another scope, so it is never an error.
    /// </summary>
    public const string NarrativeTableMismatch = "NARRATIVE_TABLE_MISMATCH";

    /// <summary>
    /// WARNING: the narrative states more figures than the check reads (sentences of
    /// <see cref="Narrative.NarrativeReading.DefaultLimit"/> characters in all): it stopped there, and
    /// the rest of the text was not compared with the tables. Path names the narrative where it
    /// stopped; Expected is the characters read and Actual the limit.
    /// </summary>
    public const string NarrativeCheckStopped = "NARRATIVE_CHECK_STOPPED";

    // ---- values

    /// <summary>
    /// Rule 5: a count below zero (本年增/减 of EDITION_2019 excepted). Actual is the count; Expected
    /// is the value the cross-checks imply when they pin this cell down (the message says so), else 0.
    /// </summary>
    public const string NegativeCount = "NEGATIVE_COUNT";

    /// <summary>Rule 5: an amount in 万元 that is not a decimal ≥ 0 with at most 6 decimals.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>
    /// A count beyond ±<see cref="ValueBounds.MaxCount"/> or an amount above
    /// <see cref="ValueBounds.MaxAmount"/> 万元: no agency has such figures, and sums of them
    /// could not be checked. Actual is the count (0 for an amount). While any figure is this
    /// large the cross-checks are not run: their sums would mean nothing.
    /// </summary>
    public const string ValueTooLarge = "VALUE_TOO_LARGE";

    // ---- the report on its site (WARNING)

    /// <summary>
    /// WARNING. The agency, or its place name (盘锦 of 盘锦市商务局), appears in none of the site's
    /// name, 主办 and 承办 lines: the report would be published under another body's footer and
    /// 网站标识码. Only when the publishing site is known (Render, or Validate with site_code).
    /// </summary>
    public const string AgencyNotOnSite = "AGENCY_NOT_ON_SITE";

    /// <summary>
    /// WARNING. Neither signed_on nor meta.published_on is given: what <see cref="SignedOnMissing"/>
    /// says of the PDF (no date in the 落款, the file dated 31 December), and the page carries no
    /// PubDate. One finding, in place of SIGNED_ON_MISSING, since both come from the one empty field.
    /// </summary>
    public const string NoPublishDate = "NO_PUBLISH_DATE";

    // ---- shape of the report

    /// <summary>The other edition's table 二 (or an EDITION_2021-only row of table 三 in an EDITION_2019 report) was filled.</summary>
    public const string WrongEditionBlock = "WRONG_EDITION_BLOCK";

    /// <summary>A LEGACY_2008 report carries national tables, which that edition does not have.</summary>
    public const string LegacyWithTables = "LEGACY_WITH_TABLES";

    /// <summary>An EDITION_2019/2021 report carries free <c>sections</c>, which only LEGACY_2008 prints.</summary>
    public const string EditionWithSections = "EDITION_WITH_SECTIONS";

    /// <summary>WARNING: the request names an edition other than the one in force for the report's year (the named one is used).</summary>
    public const string EditionYearMismatch = "EDITION_YEAR_MISMATCH";

    // ---- document fields

    public const string MissingAgency = "MISSING_AGENCY";

    public const string MissingYear = "MISSING_YEAR";

    /// <summary>A year before 2008 (the first year of the regulation) or after next year.</summary>
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";

    /// <summary><c>signed_on</c> is not an ISO date (yyyy-MM-dd).</summary>
    public const string InvalidSignedOn = "INVALID_SIGNED_ON";

    // ---- warnings

    /// <summary>WARNING: a narrative section (一, 五, 六, or a LEGACY section) is empty.</summary>
    public const string EmptySection = "EMPTY_SECTION";

    /// <summary>
    /// WARNING: no <c>signed_on</c> but a meta.published_on (with neither, <see cref="NoPublishDate"/>):
    /// the 落款 has no date and the document is dated 31 December of the report year.
    /// </summary>
    public const string SignedOnMissing = "SIGNED_ON_MISSING";

    /// <summary>WARNING: a 2021+ report whose 六、其他需要报告的事项 says nothing about 信息处理费.</summary>
    public const string FeeNotStated = "FEE_NOT_STATED";
}
