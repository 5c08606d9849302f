using Media.AuditTrail.Chain;
using Media.AuditTrail.Data;

namespace Media.AuditTrail.Benchmarks;

/// <summary>A realistic chain: a few hundred articles and users, edits with titles and column ids in the data.</summary>
internal static class SyntheticChain
{
    public static readonly byte[] Key = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();

    public static readonly Guid[] Articles = Enumerable.Range(0, 5000).Select(i => new Guid(i, 0x4d65, 0x6469, 1, 2, 3, 4, 5, 6, 7, 8)).ToArray();

    public static readonly Guid[] Actors = Enumerable.Range(0, 200).Select(i => new Guid(i, 0x5573, 0x6572, 8, 7, 6, 5, 4, 3, 2, 1)).ToArray();

    public static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static AuditEntry Entry(long seq)
    {
        var article = Articles[seq % Articles.Length];
        return new AuditEntry
        {
            Seq = seq,
            At = Start.AddMilliseconds(seq * 997),
            ActorId = Actors[seq % Actors.Length],
            ActorName = "编辑 " + (seq % Actors.Length),
            Action = seq % 7 == 0 ? "article.created" : "article.edited",
            SubjectKind = "article",
            SubjectId = article.ToString(),
            ArticleId = article,
            Version = (int)(seq % 40) + 1,
            ContentHash = "9f2c6a1e4b7d0c3f5a8e1b4d7c0f3a6e9b2d5c8f1a4e7b0d3c6f9a2e5b8d1c4f",
            Data = $$"""{"title":"全县春耕生产工作会议召开 第{{seq}}稿","columnId":"{{Articles[seq % 17]}}"}""",
        };
    }

    /// <summary>Entries 1..count, linked and hashed.</summary>
    public static AuditEntry[] Build(int count) => Linked(count).ToArray();

    /// <summary>Entries 1..count, linked and hashed, one at a time (a million need not sit in memory).</summary>
    public static IEnumerable<AuditEntry> Linked(int count)
    {
        using var hasher = new AuditHasher(Key);
        var prev = AuditChain.Genesis;
        for (var seq = 1; seq <= count; seq++)
        {
            var entry = Entry(seq);
            entry.PrevHash = prev;
            entry.Hash = prev = hasher.ComputeHex(prev, entry);
            yield return entry;
        }
    }
}
