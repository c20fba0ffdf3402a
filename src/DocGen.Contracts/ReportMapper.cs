using D = DocGen.Core.Model;
using P = DocGen.Protos.V1;

namespace DocGen.Contracts;

/// <summary>
/// Maps the wire messages to the report domain and back. Proto3 message fields keep their
/// presence (null when not sent); <c>optional</c> totals stay null when left out.
/// </summary>
public static class ReportMapper
{
    public static D.AnnualReport ToDomain(P.AnnualReport r) => new()
    {
        Agency = Clean(r.Agency),
        Year = r.Year,
        Edition = (D.Edition)(int)r.Edition,
        Title = Clean(r.Title),
        Preamble = ToDomain(r.Preamble),
        Overview = ToDomain(r.Overview),
        ActiveDisclosure2021 = r.ActiveDisclosure2021 is { } a21 ? new D.ActiveDisclosure2021
        {
            Rules = ToDomain(a21.Rules),
            NormativeDocuments = ToDomain(a21.NormativeDocuments),
            LicensingDecisions = a21.LicensingDecisions,
            PenaltyDecisions = a21.PenaltyDecisions,
            EnforcementDecisions = a21.EnforcementDecisions,
            FeeAmountWanYuan = Clean(a21.FeeAmountWanYuan),
        } : null,
        ActiveDisclosure2019 = r.ActiveDisclosure2019 is { } a19 ? new D.ActiveDisclosure2019
        {
            Rules = ToDomain(a19.Rules),
            NormativeDocuments = ToDomain(a19.NormativeDocuments),
            Licensing = ToDomain(a19.Licensing),
            OtherServices = ToDomain(a19.OtherServices),
            Penalty = ToDomain(a19.Penalty),
            Enforcement = ToDomain(a19.Enforcement),
            Fees = ToDomain(a19.Fees),
            ProcurementProjects = a19.ProcurementProjects,
            ProcurementAmount = Clean(a19.ProcurementAmount),
        } : null,
        Applications = r.Applications is { } s ? new D.ApplicationStats
        {
            NewReceived = ToDomain(s.NewReceived),
            CarriedOver = ToDomain(s.CarriedOver),
            Disclosed = ToDomain(s.Disclosed),
            PartiallyDisclosed = ToDomain(s.PartiallyDisclosed),
            Withheld = s.Withheld is { } w ? new D.Withheld
            {
                StateSecret = ToDomain(w.StateSecret),
                ProhibitedByLaw = ToDomain(w.ProhibitedByLaw),
                SafetyAndStability = ToDomain(w.SafetyAndStability),
                ThirdPartyRights = ToDomain(w.ThirdPartyRights),
                InternalAffairs = ToDomain(w.InternalAffairs),
                ProcessInformation = ToDomain(w.ProcessInformation),
                EnforcementFiles = ToDomain(w.EnforcementFiles),
                QueryMatters = ToDomain(w.QueryMatters),
            } : null,
            Unavailable = s.Unavailable is { } u ? new D.Unavailable
            {
                NotHeld = ToDomain(u.NotHeld),
                NeedsCreation = ToDomain(u.NeedsCreation),
                StillUnclear = ToDomain(u.StillUnclear),
            } : null,
            NotProcessed = s.NotProcessed is { } n ? new D.NotProcessed
            {
                Complaints = ToDomain(n.Complaints),
                Duplicate = ToDomain(n.Duplicate),
                Publications = ToDomain(n.Publications),
                Excessive = ToDomain(n.Excessive),
                Confirmation = ToDomain(n.Confirmation),
            } : null,
            OtherHandling = s.OtherHandling is { } o ? new D.OtherHandling
            {
                OverdueCorrection = ToDomain(o.OverdueCorrection),
                UnpaidFees = ToDomain(o.UnpaidFees),
                Other = ToDomain(o.Other),
            } : null,
            ResultsTotal = ToDomain(s.ResultsTotal),
            CarriedForward = ToDomain(s.CarriedForward),
        } : null,
        ReviewLitigation = r.ReviewLitigation is { } rl ? new D.ReviewLitigation
        {
            AdministrativeReview = ToDomain(rl.AdministrativeReview),
            LitigationDirect = ToDomain(rl.LitigationDirect),
            LitigationAfterReview = ToDomain(rl.LitigationAfterReview),
        } : null,
        Problems = ToDomain(r.Problems),
        OtherMatters = ToDomain(r.OtherMatters),
        Sections = r.Sections.Select(x => new D.Section(Clean(x.Heading), ToDomain(x.Body) ?? D.RichText.Empty)).ToArray(),
        SignedBy = Clean(r.SignedBy),
        SignedOn = Clean(r.SignedOn),
        Meta = r.Meta is { } m ? new D.DocumentMeta(Clean(m.IndexNumber), Clean(m.DocumentNumber), Clean(m.PublishedOn), Clean(m.Subject)) : null,
    };

    public static P.AnnualReport ToProto(D.AnnualReport r)
    {
        var p = new P.AnnualReport
        {
            Agency = r.Agency,
            Year = r.Year,
            Edition = (P.Edition)(int)r.Edition,
            Title = r.Title,
            Preamble = ToProto(r.Preamble),
            Overview = ToProto(r.Overview),
            Problems = ToProto(r.Problems),
            OtherMatters = ToProto(r.OtherMatters),
            SignedBy = r.SignedBy,
            SignedOn = r.SignedOn,
        };
        if (r.ActiveDisclosure2021 is { } a21)
        {
            p.ActiveDisclosure2021 = new P.ActiveDisclosure2021
            {
                Rules = ToProto(a21.Rules),
                NormativeDocuments = ToProto(a21.NormativeDocuments),
                LicensingDecisions = a21.LicensingDecisions,
                PenaltyDecisions = a21.PenaltyDecisions,
                EnforcementDecisions = a21.EnforcementDecisions,
                FeeAmountWanYuan = a21.FeeAmountWanYuan,
            };
        }
        if (r.ActiveDisclosure2019 is { } a19)
        {
            p.ActiveDisclosure2019 = new P.ActiveDisclosure2019
            {
                Rules = ToProto(a19.Rules),
                NormativeDocuments = ToProto(a19.NormativeDocuments),
                Licensing = ToProto(a19.Licensing),
                OtherServices = ToProto(a19.OtherServices),
                Penalty = ToProto(a19.Penalty),
                Enforcement = ToProto(a19.Enforcement),
                Fees = ToProto(a19.Fees),
                ProcurementProjects = a19.ProcurementProjects,
                ProcurementAmount = a19.ProcurementAmount,
            };
        }
        if (r.Applications is { } s)
        {
            p.Applications = new P.ApplicationStats
            {
                NewReceived = ToProto(s.NewReceived),
                CarriedOver = ToProto(s.CarriedOver),
                Disclosed = ToProto(s.Disclosed),
                PartiallyDisclosed = ToProto(s.PartiallyDisclosed),
                Withheld = s.Withheld is { } w ? new P.Withheld
                {
                    StateSecret = ToProto(w.StateSecret),
                    ProhibitedByLaw = ToProto(w.ProhibitedByLaw),
                    SafetyAndStability = ToProto(w.SafetyAndStability),
                    ThirdPartyRights = ToProto(w.ThirdPartyRights),
                    InternalAffairs = ToProto(w.InternalAffairs),
                    ProcessInformation = ToProto(w.ProcessInformation),
                    EnforcementFiles = ToProto(w.EnforcementFiles),
                    QueryMatters = ToProto(w.QueryMatters),
                } : null,
                Unavailable = s.Unavailable is { } u ? new P.Unavailable
                {
                    NotHeld = ToProto(u.NotHeld),
                    NeedsCreation = ToProto(u.NeedsCreation),
                    StillUnclear = ToProto(u.StillUnclear),
                } : null,
                NotProcessed = s.NotProcessed is { } n ? new P.NotProcessed
                {
                    Complaints = ToProto(n.Complaints),
                    Duplicate = ToProto(n.Duplicate),
                    Publications = ToProto(n.Publications),
                    Excessive = ToProto(n.Excessive),
                    Confirmation = ToProto(n.Confirmation),
                } : null,
                OtherHandling = s.OtherHandling is { } o ? new P.OtherHandling
                {
                    OverdueCorrection = ToProto(o.OverdueCorrection),
                    UnpaidFees = ToProto(o.UnpaidFees),
                    Other = ToProto(o.Other),
                } : null,
                ResultsTotal = ToProto(s.ResultsTotal),
                CarriedForward = ToProto(s.CarriedForward),
            };
        }
        if (r.ReviewLitigation is { } rl)
        {
            p.ReviewLitigation = new P.ReviewLitigation
            {
                AdministrativeReview = ToProto(rl.AdministrativeReview),
                LitigationDirect = ToProto(rl.LitigationDirect),
                LitigationAfterReview = ToProto(rl.LitigationAfterReview),
            };
        }
        p.Sections.AddRange(r.Sections.Select(x => new P.Section { Heading = x.Heading, Body = ToProto(x.Body) }));
        if (r.Meta is { } m)
        {
            p.Meta = new P.DocumentMeta
            {
                IndexNumber = m.IndexNumber, DocumentNumber = m.DocumentNumber, PublishedOn = m.PublishedOn, Subject = m.Subject,
            };
        }
        return p;
    }

    private static D.RichText? ToDomain(P.RichText? t) => t is null ? null : new D.RichText(Clean(t.Text), Clean(t.Html));

    /// <summary>
    /// A caller string without the control characters that neither HTML nor a PDF can carry (U+0000,
    /// U+0007, …) and without bidi controls (see <see cref="DocGen.Core.Text.CallerText"/>); tab,
    /// line feed and carriage return stay. The same string when there are none.
    /// </summary>
    internal static string Clean(string text) => DocGen.Core.Text.CallerText.Clean(text);

    private static P.RichText? ToProto(D.RichText? t) => t is null ? null : new P.RichText { Text = t.Text, Html = t.Html };

    private static D.DocumentCounts ToDomain(P.DocumentCounts? c) =>
        c is null ? new() : new(c.Issued, c.Repealed, c.InForce);

    private static P.DocumentCounts ToProto(D.DocumentCounts c) =>
        new() { Issued = c.Issued, Repealed = c.Repealed, InForce = c.InForce };

    private static D.DocumentCounts2019 ToDomain(P.DocumentCounts2019? c) =>
        c is null ? new() : new(c.NewlyMade, c.NewlyPublished, c.TotalPublished);

    private static P.DocumentCounts2019 ToProto(D.DocumentCounts2019 c) =>
        new() { NewlyMade = c.NewlyMade, NewlyPublished = c.NewlyPublished, TotalPublished = c.TotalPublished };

    private static D.ItemCounts2019 ToDomain(P.ItemCounts2019? c) =>
        c is null ? new() : new(c.PreviousYearItems, c.Change, c.Decisions);

    private static P.ItemCounts2019 ToProto(D.ItemCounts2019 c) =>
        new() { PreviousYearItems = c.PreviousYearItems, Change = c.Change, Decisions = c.Decisions };

    private static D.ApplicantCounts? ToDomain(P.ApplicantCounts? c) => c is null ? null : new(
        c.NaturalPerson, c.CommercialEnterprise, c.ResearchInstitution, c.PublicInterestOrg,
        c.LegalServiceOrg, c.OtherOrg, c.HasTotal ? c.Total : null);

    private static P.ApplicantCounts? ToProto(D.ApplicantCounts? c)
    {
        if (c is null) return null;
        var p = new P.ApplicantCounts
        {
            NaturalPerson = c.NaturalPerson, CommercialEnterprise = c.CommercialEnterprise,
            ResearchInstitution = c.ResearchInstitution, PublicInterestOrg = c.PublicInterestOrg,
            LegalServiceOrg = c.LegalServiceOrg, OtherOrg = c.OtherOrg,
        };
        if (c.Total is { } total) p.Total = total;
        return p;
    }

    private static D.CaseOutcomes? ToDomain(P.CaseOutcomes? c) =>
        c is null ? null : new(c.Upheld, c.Corrected, c.Other, c.Pending, c.HasTotal ? c.Total : null);

    private static P.CaseOutcomes? ToProto(D.CaseOutcomes? c)
    {
        if (c is null) return null;
        var p = new P.CaseOutcomes { Upheld = c.Upheld, Corrected = c.Corrected, Other = c.Other, Pending = c.Pending };
        if (c.Total is { } total) p.Total = total;
        return p;
    }
}
