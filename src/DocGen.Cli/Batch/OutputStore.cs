using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocGen.Protos.V1;
using DocGen.Rendering;
using Google.Protobuf;

namespace DocGen.Cli.Batch;

/// <summary>
/// Where a batch writes: <c>&lt;request_id&gt;.html</c> / <c>.pdf</c> / <c>.ofd</c> and a small receipt
/// (<c>&lt;request_id&gt;.docgen.json</c>) recording which request produced them, their
/// content digest and the validation findings they were rendered with. A re-run skips a request whose receipt matches and whose files still hash to
/// the recorded digest, so an interrupted batch resumes where it stopped.
/// </summary>
public sealed class OutputStore
{
    private static readonly string RendererVersion =
        typeof(ContentDigest).Assembly.GetName().Version?.ToString() ?? "0";

    private readonly string _root;

    public OutputStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <summary>
    /// A file name for a request_id that cannot leave the output folder: path separators,
    /// control and reserved characters become '_'; Chinese letters are kept.
    /// </summary>
    public static string SafeName(string requestId)
    {
        var sb = new StringBuilder(requestId.Length);
        foreach (var c in requestId)
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        var name = sb.ToString().Trim('.');
        if (name.Length == 0) name = "_";
        return name.Length > 120 ? name[..120] : name;
    }

    /// <summary>Identifies a request's content (and the renderer version), independent of its request_id.</summary>
    public static string InputKey(RenderRequest request)
    {
        var copy = request.Clone();
        copy.RequestId = "";
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(RendererVersion));
        sha.AppendData(copy.ToByteArray());
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public bool IsUpToDate(RenderRequest request)
    {
        var name = SafeName(request.RequestId);
        var receiptPath = Path.Combine(_root, name + ".docgen.json");
        if (!File.Exists(receiptPath)) return false;
        Receipt? receipt;
        try
        {
            receipt = JsonSerializer.Deserialize<Receipt>(File.ReadAllText(receiptPath));
        }
        catch (JsonException)
        {
            return false;
        }
        if (receipt is null || receipt.Input != InputKey(request)) return false;
        var html = ReadIfPresent(Path.Combine(_root, name + ".html"));
        var fragment = ReadIfPresent(Path.Combine(_root, name + ".fragment.html"));
        var pdfPath = Path.Combine(_root, name + ".pdf");
        var pdf = File.Exists(pdfPath) ? File.ReadAllBytes(pdfPath) : null;
        var ofdPath = Path.Combine(_root, name + ".ofd");
        var ofd = File.Exists(ofdPath) ? File.ReadAllBytes(ofdPath) : null;
        return ContentDigest.Compute(html, fragment, pdf, ofd) == receipt.Content;
    }

    /// <summary>Writes a response's outputs and its receipt; returns the paths written.</summary>
    public IReadOnlyList<string> Write(RenderRequest request, RenderResponse response)
    {
        var name = SafeName(request.RequestId);
        var written = new List<string>();
        void Put(string suffix, byte[]? bytes)
        {
            var path = Path.Combine(_root, name + suffix);
            if (bytes is null) { File.Delete(path); return; }
            var temp = path + ".tmp";
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true); // a crash never leaves a half-written output
            written.Add(path);
        }
        Put(".html", response.Html.Length > 0 ? Encoding.UTF8.GetBytes(response.Html) : null);
        Put(".fragment.html", response.HtmlFragment.Length > 0 ? Encoding.UTF8.GetBytes(response.HtmlFragment) : null);
        Put(".pdf", response.Pdf.Length > 0 ? response.Pdf.ToByteArray() : null);
        Put(".ofd", response.Ofd.Length > 0 ? response.Ofd.ToByteArray() : null);
        var findings = response.Findings.Select(f => new ReceiptFinding(
            f.Severity.ToString().ToLowerInvariant(), f.Code, f.Path, f.Message)).ToArray();
        var receipt = new Receipt(request.RequestId, InputKey(request), response.ContentSha256, findings);
        Put(".docgen.json", JsonSerializer.SerializeToUtf8Bytes(receipt));
        return written;
    }

    private static string? ReadIfPresent(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private sealed record Receipt(string RequestId, string Input, string Content, IReadOnlyList<ReceiptFinding>? Findings = null);

    private sealed record ReceiptFinding(string Severity, string Code, string Path, string Message);
}
