using System.Text;
using Media.AuditTrail.Chain;
using Media.AuditTrail.Reading;

namespace Media.AuditTrail.Tests.Unit;

public sealed class ChainStretchTests
{
    [Theory]
    [InlineData(0, 4, 10, 0)]
    [InlineData(9, 4, 10, 1)]
    [InlineData(25, 4, 10, 2)]
    [InlineData(1_000_000, 2, 50_000, 2)]
    [InlineData(1_000_003, 8, 50_000, 8)]
    [InlineData(12, 4, 3, 4)]
    public void Split_CoversOneToHead_InContiguousStretches_NoShorterThanAsked(long head, int pieces, int minLength, int expected)
    {
        var stretches = ChainStretch.Split(head, pieces, minLength);

        Assert.Equal(expected, stretches.Count);
        if (head == 0) return;
        Assert.Equal(1, stretches[0].First);
        Assert.Equal(head, stretches[^1].Last);
        for (var i = 1; i < stretches.Count; i++) Assert.Equal(stretches[i - 1].Last + 1, stretches[i].First);
        if (stretches.Count > 1) Assert.All(stretches, s => Assert.True(s.Last - s.First + 1 >= minLength));
    }

    [Fact]
    public void Join_SumsEntries_KeepsTheLastHead_AndNamesTheFirstBrokenStretch()
    {
        var joined = ChainVerdict.Join(
        [
            new ChainVerdict(true, 10, "a", null, null),
            new ChainVerdict(false, 10, "b", 14, "hash does not match"),
            new ChainVerdict(true, 0, null, null, null),
            new ChainVerdict(false, 10, "c", 31, "seq 31 is missing"),
        ]);

        Assert.Equal(new ChainVerdict(false, 30, "c", 14, "hash does not match"), joined);
        Assert.Equal(new ChainVerdict(true, 0, null, null, null), ChainVerdict.Join([]));
    }

    [Fact]
    public void WalkAfter_ContinuesFromTheSeed_AndBreaksOnAGapOrAForeignLink()
    {
        var entries = TestChain.Build(20);
        var seed = entries[9];

        Assert.Equal(new ChainVerdict(true, 10, entries[^1].Hash, null, null), WalkAfter(seed, entries.Skip(10)));
        var gap = WalkAfter(seed, entries.Skip(11));
        Assert.Equal(11, gap.FirstBrokenSeq);
        Assert.Contains("missing", gap.Problem);
        Assert.Equal(10, WalkAfter(entries[8], entries.Skip(10)).FirstBrokenSeq); // seeded with seq 9: seq 10 is missing
        var foreign = TestChain.Build(20, Enumerable.Repeat((byte)9, 32).ToArray())[9];
        Assert.Equal(11, WalkAfter(foreign, entries.Skip(10)).FirstBrokenSeq);
    }

    private static ChainVerdict WalkAfter(Data.AuditEntry seed, IEnumerable<Data.AuditEntry> entries)
    {
        using var walk = ChainWalk.After(new AuditHasher(TestChain.Key), seed.Seq, Encoding.UTF8.GetBytes(seed.Hash));
        foreach (var entry in entries) walk.Add(entry);
        return walk.Verdict();
    }
}
