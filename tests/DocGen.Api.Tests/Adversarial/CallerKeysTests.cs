using DocGen.Api.Callers;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>Finding 7: any caller could render any site's chrome. Keys are configured as hashes naming their sites.</summary>
public class CallerKeysTests
{
    private const string PanjinKey = "panjin-cms-key-2f6b1c0a9e";
    private const string AdminKey = "admin-key-77d0c1";

    private static readonly CallerKeys Keys = CallerKeys.From(
    [
        new CallerKey { Name = "panjin-cms", Sha256 = CallerKeys.HashOf(PanjinKey), Sites = ["2111000031"] },
        new CallerKey { Name = "admin", Sha256 = CallerKeys.HashOf(AdminKey).ToUpperInvariant(), Sites = [CallerKeys.EverySite] },
    ]);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic cGFuamluOg==")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer wrong-key")]
    [InlineData("Bearer panjin-cms-key-2f6b1c0a9")] // one character short
    public void Authenticate_NoValidKey_Unauthenticated(string? authorization)
    {
        var refusal = Assert.Throws<ApiException>(() => Keys.Authenticate(authorization));

        Assert.Equal(ApiStatusCode.Unauthenticated, refusal.Code);
        Assert.StartsWith("authorization: ", refusal.Message);
        Assert.DoesNotContain(PanjinKey, refusal.Message);
    }

    [Theory]
    [InlineData("Bearer " + PanjinKey, "panjin-cms")]
    [InlineData("bearer " + PanjinKey, "panjin-cms")]
    [InlineData("Bearer " + AdminKey, "admin")]
    public void Authenticate_ConfiguredKey_ThatCaller(string authorization, string name)
    {
        Assert.Equal(name, Keys.Authenticate(authorization).Name);
    }

    [Fact]
    public async Task Render_KeyForAnotherSite_PermissionDeniedNamingTheSite()
    {
        var api = Create(slots: 2);
        var panjin = Keys.Authenticate("Bearer " + PanjinKey);
        var request = Normal();
        request.SiteCode = "3501210001";

        var refusal = await Assert.ThrowsAsync<ApiException>(() => api.RenderAsync(request, Admission.RejectWhenBusy, CancellationToken.None, panjin));

        Assert.Equal(ApiStatusCode.PermissionDenied, refusal.Code);
        Assert.Equal("site_code \"3501210001\": the key \"panjin-cms\" may not render for this site", refusal.Message);
    }

    [Fact]
    public async Task Render_KeyForThisSiteOrEverySite_Renders()
    {
        var api = Create(slots: 2);

        var own = await api.RenderAsync(Normal(), Admission.RejectWhenBusy, CancellationToken.None, Keys.Authenticate("Bearer " + PanjinKey));
        var admin = await api.RenderAsync(Normal(), Admission.RejectWhenBusy, CancellationToken.None, Keys.Authenticate("Bearer " + AdminKey));

        Assert.Equal(own.ContentSha256, admin.ContentSha256);
    }

    [Theory]
    [InlineData("", "0123", "*", "CallerKeys:0:Name is required")]
    [InlineData("cms", "0123", "*", "CallerKeys:0:Sha256 must be the 64 hex digits")]
    [InlineData("cms", "", "*", "CallerKeys:0:Sha256 must be the 64 hex digits")]
    [InlineData("cms", "VALID", "", "CallerKeys:0:Sites must list")]
    public void From_MalformedEntry_ErrorNamingTheSetting(string name, string sha, string site, string message)
    {
        var hash = sha == "VALID" ? CallerKeys.HashOf("k") : sha;
        var entry = new CallerKey { Name = name, Sha256 = hash, Sites = site.Length == 0 ? [] : [site] };

        var error = Assert.Throws<ArgumentException>(() => CallerKeys.From([entry]));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void NewKey_HashIsWhatToConfigure()
    {
        var (key, sha) = CallerKeys.NewKey();
        var keys = CallerKeys.From([new CallerKey { Name = "new", Sha256 = sha, Sites = ["*"] }]);

        Assert.Equal("new", keys.Authenticate("Bearer " + key).Name);
        Assert.True(key.Length >= 43);
    }
}
