using DocGen.Contracts;
using DocGen.Core.Sites;

namespace DocGen.Pdf.Tests.Support;

/// <summary>What the PDF tests need beyond the shared fixture readers: theory data and a site per fixture.</summary>
internal static class Fixtures
{
    public static TheoryData<string> Names => new(CheckoutPaths.FixtureNames);

    /// <summary>The Panjin site's identity for Panjin, a named test site with the request's code for the rest.</summary>
    public static SiteProfile Site(string name)
    {
        var code = FixtureReports.Request(name).SiteCode;
        var panjin = RequestJson.ParseSite(File.ReadAllText(CheckoutPaths.Fixture("site-panjin.json")));
        return code == panjin.SiteCode
            ? new SiteProfile { SiteCode = panjin.SiteCode, Name = panjin.Name, Domain = panjin.Domain }
            : new SiteProfile { SiteCode = code, Name = "测试门户网站" };
    }
}
