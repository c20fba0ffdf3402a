using System.Text;
using DocGen.Api;
using DocGen.Contracts;
using DocGen.Protos.V1;

namespace DocGen.Bench.Support;

/// <summary>The worst reports a caller may send within <see cref="RequestLimits"/>, made from panjin-commerce-2022.</summary>
public static class HostileReports
{
    public static RenderRequest Fixture() =>
        RequestJson.ParseRenderRequest(File.ReadAllText(RepoPaths.Fixture("panjin-commerce-2022.json")));

    public static string Repeat(string unit, int characters) =>
        new StringBuilder(characters).Insert(0, unit, characters / unit.Length).ToString();

    /// <summary>Every narrative at its limit, together just under the report's.</summary>
    public static RenderRequest Largest(string? requestId = null)
    {
        var request = Fixture();
        if (requestId is not null) request.RequestId = requestId;
        var r = request.Report;
        r.Preamble = new() { Text = Repeat("政务公开工作稳步推进，", RequestLimits.NarrativeCharacters) };
        r.Overview = new() { Text = Repeat("政务公开工作稳步推进。\n", RequestLimits.NarrativeCharacters) };
        r.Problems = new() { Html = Repeat("<p>存在的主要问题及改进情况。</p>", RequestLimits.NarrativeCharacters) };
        r.OtherMatters = new() { Text = Repeat("Information disclosure fees were not charged. ", RequestLimits.NarrativeCharacters) };
        return request;
    }
}
