using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Tests.Unit;

/// <summary>Builds correctly linked in-memory chains with a fixed key.</summary>
internal static class TestChain
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static AuditEntry Entry(long seq, string data = """{"title":"春耕"}""") => new()
    {
        Seq = seq,
        At = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero).AddMilliseconds(seq * 1234),
        ActorId = seq % 3 == 0 ? null : new Guid($"00000000-0000-0000-0000-{seq % 1000:D12}"),
        ActorName = seq % 3 == 0 ? "system" : "编辑 Zhang",
        Action = seq % 2 == 0 ? "article.edited" : "article.created",
        SubjectKind = "article",
        SubjectId = "6f1c0d36-5d5b-4cbb-9f4f-2b7d8a1e0c11",
        ArticleId = Guid.Parse("6f1c0d36-5d5b-4cbb-9f4f-2b7d8a1e0c11"),
        Version = (int)seq,
        ContentHash = new string('a', 64),
        Data = data,
    };

    /// <summary>Entries 1..count, each hashed onto the previous.</summary>
    public static List<AuditEntry> Build(int count, byte[]? key = null)
    {
        using var hasher = new AuditHasher(key ?? Key);
        var entries = new List<AuditEntry>(count);
        var prev = AuditChain.Genesis;
        for (var seq = 1; seq <= count; seq++)
        {
            var entry = Entry(seq);
            entry.PrevHash = prev;
            entry.Hash = prev = hasher.ComputeHex(prev, entry);
            entries.Add(entry);
        }
        return entries;
    }

    public static ChainVerdict Walk(IEnumerable<AuditEntry> entries, bool fromGenesis = true, byte[]? key = null)
    {
        using var walk = new ChainWalk(new AuditHasher(key ?? Key), fromGenesis);
        foreach (var entry in entries) walk.Add(entry);
        return walk.Verdict();
    }
}
