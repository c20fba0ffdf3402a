using DocGen.Protos.V1;
using Google.Protobuf;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Finding 2's receive limit: 16 MiB let each waiting call hold 16 MB. The limit is sized to the
/// request limits instead, so every request the API accepts fits in it.
/// </summary>
public class MessageSizeTests
{
    [Fact]
    public async Task LargestAcceptedRequest_InCjkWithEverySectionAndId_FitsTheMessageLimit()
    {
        var request = Normal(Repeat("号", RequestLimits.RequestIdCharacters));
        request.Report.Year = 2017; // LEGACY_2008: sections
        request.Report.Edition = Edition.Legacy2008;
        // Four narratives at their limit; what is left of the report's limit goes to 5,000 headings.
        var heading = Repeat("标", (RequestLimits.ReportCharacters - 4 * RequestLimits.NarrativeCharacters) / RequestLimits.Sections - 1);
        for (var i = 0; i < RequestLimits.Sections; i++)
            request.Report.Sections.Add(new Section { Heading = heading, Body = new DocGen.Protos.V1.RichText { Text = "" } });
        var narrative = new DocGen.Protos.V1.RichText { Text = Repeat("政", RequestLimits.NarrativeCharacters) };
        (request.Report.Preamble, request.Report.Overview, request.Report.Problems, request.Report.OtherMatters) = (narrative, narrative, narrative, narrative);

        // Accepted: the API checks it without refusing (validation runs; no PDF is needed here).
        var validated = await Create(slots: 1).ValidateAsync(new ValidateRequest { Report = request.Report }, Admission.WaitForSlot, CancellationToken.None);

        Assert.NotNull(validated.Completed);
        Assert.InRange(request.CalculateSize(), 2_900_000, RequestLimits.MessageBytes);
    }
}
