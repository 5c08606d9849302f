using System.Text;
using System.Text.Json.Nodes;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;
using Media.AuditTrail.Export;
using Microsoft.Extensions.Time.Testing;

namespace Media.AuditTrail.Tests.Unit;

public sealed class AuditExportTests
{
    private static async Task<string[]> ExportAsync(List<AuditEntry> entries)
    {
        var writer = new AuditExportWriter(new AuditChain(new AuditKey(TestChain.Key)), new FakeTimeProvider());
        using var output = new MemoryStream();
        await writer.WriteAsync(output, entries.ToAsyncEnumerable(), new ExportRange(entries[0].Seq, entries[^1].Seq, null, null), default);
        return Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n');
    }

    private static Task<ChainVerdict> VerifyAsync(IEnumerable<string> lines, byte[]? key = null) =>
        new AuditExportVerifier(key ?? TestChain.Key).VerifyAsync(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")), default);

    [Fact]
    public async Task Export_HasHeaderEntriesAndTrailer_ThatVerify()
    {
        var lines = await ExportAsync(TestChain.Build(300));

        var header = JsonNode.Parse(lines[0])!;
        var verdict = await VerifyAsync(lines);

        Assert.Equal(302, lines.Length);
        Assert.Equal("media-audit-export", header["format"]!.GetValue<string>());
        Assert.Equal("HMAC-SHA256", header["algorithm"]!.GetValue<string>());
        Assert.Equal("""{"title":"春耕"}""", JsonNode.Parse(lines[1])!["data"]!.GetValue<string>());
        Assert.Equal("end", JsonNode.Parse(lines[^1])!["type"]!.GetValue<string>());
        Assert.True(verdict.Ok, verdict.Problem);
        Assert.Equal(300, verdict.Entries);
    }

    [Fact]
    public async Task Verify_NamesTheEntry_WhenOneLineWasModified()
    {
        var lines = await ExportAsync(TestChain.Build(40));
        var line = JsonNode.Parse(lines[17])!;
        line["data"] = """{"title":"伪造"}""";
        lines[17] = line.ToJsonString();

        var verdict = await VerifyAsync(lines);

        Assert.False(verdict.Ok);
        Assert.Equal(17, verdict.FirstBrokenSeq);
    }

    [Fact]
    public async Task Verify_Fails_WhenCutShortOrWithAnotherKey()
    {
        var lines = await ExportAsync(TestChain.Build(20));

        var cut = await VerifyAsync(lines.Take(11));
        var cutWithForgedEnd = await VerifyAsync(lines.Take(11).Append(lines[^1]));
        var wrongKey = await VerifyAsync(lines, new byte[32]);

        Assert.Equal(11, cut.FirstBrokenSeq);
        Assert.False(cutWithForgedEnd.Ok);
        Assert.False(wrongKey.Ok);
        Assert.Contains("different key", wrongKey.Problem);
    }

    [Fact]
    public async Task Verify_AcceptsARangeThatDoesNotStartAtGenesis()
    {
        var lines = await ExportAsync(TestChain.Build(30).Skip(10).ToList());

        var verdict = await VerifyAsync(lines);

        Assert.True(verdict.Ok, verdict.Problem);
        Assert.Equal(20, verdict.Entries);
    }
}
