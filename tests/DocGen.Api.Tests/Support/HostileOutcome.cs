using DocGen.Protos.V1;
using HtmlAgilityPack;

namespace DocGen.Api.Tests.Support;

/// <summary>
/// How a request ended: a response or an <see cref="ApiException"/>. Any other exception is not
/// caught here, so it fails the test that drove the request.
/// </summary>
public sealed record HostileOutcome(RenderResponse? Response, ApiException? Refusal)
{
    public static async Task<HostileOutcome> RenderAsync(ReportApi api, RenderRequest request)
    {
        // Only a guard so that a hang fails the run instead of stalling it; never a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            var response = await api.RenderAsync(request, Admission.WaitForSlot, guard.Token);
            AssertWellFormed(response);
            return new HostileOutcome(response, null);
        }
        catch (ApiException e)
        {
            return new HostileOutcome(null, e);
        }
    }

    /// <summary>A PDF starts with %PDF and has pages; HTML parses, with no script URL and no event handler.</summary>
    public static void AssertWellFormed(RenderResponse response)
    {
        if (!response.Pdf.IsEmpty)
        {
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(response.Pdf.Span[..5]));
            Assert.True(response.PageCount > 0, "a returned PDF has pages");
        }
        foreach (var html in new[] { response.Html, response.HtmlFragment }.Where(h => h.Length > 0))
        {
            var document = new HtmlDocument();
            document.LoadHtml(html);
            Assert.Empty(document.ParseErrors);
            // HTML forbids control characters other than whitespace (a browser shows them as U+FFFD).
            Assert.DoesNotContain(html, c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'));
            foreach (var attribute in document.DocumentNode.Descendants().SelectMany(n => n.Attributes))
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attribute.Name}");
                var value = (HtmlEntity.DeEntitize(attribute.Value) ?? "").Trim();
                Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), $"{attribute.Name}=\"{value}\"");
            }
        }
    }
}
