using DocGen.Contracts;
using P = DocGen.Protos.V1;

namespace DocGen.Core.Tests.Contracts;

public class ReportMapperTests
{
    [Fact]
    public void ToDomain_ControlCharactersInCallerStrings_AreDroppedAndLineBreaksKept()
    {
        var report = new P.AnnualReport
        {
            Agency = "盘锦\u0000市商务局\u0007",
            Title = "标题\u001B\u0085",
            SignedOn = "2023-01-11\u0000",
            Overview = new P.RichText { Text = "第一段\r\n第二段\t\u0001完", Html = "<p>\u0000甲</p>" },
            Meta = new P.DocumentMeta { Subject = "\u007F商贸" },
        };
        report.Sections.Add(new P.Section { Heading = "一、\u0008概述" });

        var domain = ReportMapper.ToDomain(report);

        Assert.Equal("盘锦市商务局", domain.Agency);
        Assert.Equal("标题", domain.Title);
        Assert.Equal("2023-01-11", domain.SignedOn);
        Assert.Equal("第一段\r\n第二段\t完", domain.Overview!.Text);
        Assert.Equal("<p>甲</p>", domain.Overview.Html);
        Assert.Equal("商贸", domain.Meta!.Subject);
        Assert.Equal("一、概述", domain.Sections[0].Heading);
    }

    [Fact]
    public void ToDomain_AgencyOfControlCharactersOnly_IsMissing()
    {
        var domain = ReportMapper.ToDomain(new P.AnnualReport { Agency = "\u0000\u0000", Year = 2022 });

        Assert.Equal("", domain.Agency);
    }
}
