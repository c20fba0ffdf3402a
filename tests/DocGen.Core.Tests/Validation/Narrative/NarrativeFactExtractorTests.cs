using DocGen.Core.Model;
using DocGen.Core.Validation.Narrative;

namespace DocGen.Core.Tests.Validation.Narrative;

public class NarrativeFactExtractorTests
{
    private static string[] Read(string text, Edition edition = Edition.Edition2021) =>
        [.. NarrativeFactExtractor.Extract(text, edition).Select(f => $"{f.Cells}={f.Figure:0.####}")];

    [Theory]
    [InlineData("共收到政府信息公开申请九十五件。", 95)]
    [InlineData("共收到政府信息公开申请一百零三件。", 103)]
    [InlineData("共收到政府信息公开申请两千件。", 2000)]
    [InlineData("共收到政府信息公开申请１７件。", 17)]
    [InlineData("共收到政府信息公开申请1,330件。", 1330)]
    [InlineData("共收到政府信息公开申请 21 件。", 21)]
    [InlineData("本年度收到的政府信息公开申请数量为95件。", 95)]
    public void Extract_FigureWrittenAnyWay_ReadsIt(string text, long figure) =>
        Assert.Equal([$"applications.new_received.total={figure}"], Read(text));

    [Theory]
    [InlineData("共收到政府信息公开申请同比增长15%。")]
    [InlineData("受理政府信息公开申请较上年减少3件。")]
    [InlineData("受理政府信息公开申请400余件。")]
    [InlineData("受理政府信息公开申请约20件。")]
    [InlineData("受理政府信息公开申请办结率100%。")]
    [InlineData("共办理政府信息公开申请6件。")] // 办理: received, or answered? Unsure, so silent.
    [InlineData("共受理各类投诉举报29件。")]
    [InlineData("全年主动公开政府信息12,345条。")]
    [InlineData("本年度共收取信息处理费400元。")] // 信息处理费 is not 行政事业性收费
    [InlineData("予以公开及部分公开258件。")] // a sum of two outcomes: no one cell
    [InlineData("其中，通过网上申请政府信息公开申请的80件。")]
    [InlineData("办结12件。")] // 办结 what? nothing in the sentence says applications
    [InlineData("司法局全年办理行政复议案件120件。")] // not about 信息公开
    [InlineData("一是2024年共受理依申请公开事项59件。")] // 受理…事项: items handled, carried-over ones too
    [InlineData("因本机关不掌握等原因无法提供265件。")] // a reason names one row of （四）无法提供, not its sum
    public void Extract_RelativeApproximateOrUnsure_Silent(string text) => Assert.Empty(Read(text));

    [Theory]
    [InlineData("2022年,我局未收到政府信息公开申请。", "applications.new_received.total=0")]
    [InlineData("本年度没有收到依申请公开。", "applications.new_received.total=0")]
    [InlineData("本年度未发生因政府信息公开引起的行政复议。", "review_litigation.administrative_review.total=0")]
    [InlineData("未发生因政府信息公开申请行政复议。", "review_litigation.administrative_review.total=0")] // the applications are the cause, not what is negated
    public void Extract_Negation_ReadsZero(string text, string expected) => Assert.Equal([expected], Read(text));

    [Fact]
    public void Extract_PartByApplicant_ComparedWithThatColumn() =>
        Assert.Equal(["applications.new_received.natural_person=80"], Read("其中自然人收到政府信息公开申请80件。"));

    [Fact]
    public void Extract_OtherEditionsPhrase_NotRead() =>
        Assert.Empty(Read("全年行政事业性收费12.35万元。", Edition.Edition2019));

    [Fact]
    public void Extract_LegacyEdition_NothingRead() =>
        Assert.Empty(Read("本年度共受理政府信息公开申请17件。", Edition.Legacy2008));

    [Fact]
    public void Extract_AmountInYuan_InWanYuan() =>
        Assert.Equal(["active_disclosure_2021.fee_amount_wan_yuan=1.2345"], Read("全年行政事业性收费12345元。"));

    [Fact]
    public void Extract_FactKeepsItsSentence()
    {
        var fact = Assert.Single(NarrativeFactExtractor.Extract("一、总体情况\n我局高度重视。全年新收申请1330件，办结率100%。", Edition.Edition2021));

        Assert.Equal("全年新收申请1330件，办结率100%", fact.Sentence);
        Assert.Equal("新收申请1330件", fact.Sentence[fact.Start..fact.End]);
    }

    [Fact]
    public void Extract_CarriedToANamedYear_IsCarriedForward() =>
        Assert.Equal(["applications.carried_forward.total=7"], Read("依申请公开件结转到2025年办理7件。"));

    [Fact]
    public void Extract_Replied_IsAnswered() =>
        Assert.Equal(["applications.results_total.total=126"], Read("政府信息公开申请截至12月底已回复126件。"));
}
