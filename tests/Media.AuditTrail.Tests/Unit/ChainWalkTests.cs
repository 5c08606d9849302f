namespace Media.AuditTrail.Tests.Unit;

public sealed class ChainWalkTests
{
    [Fact]
    public void Walk_IsOk_WithCountAndHead_WhenChainIntact()
    {
        var entries = TestChain.Build(50);

        var verdict = TestChain.Walk(entries);

        Assert.True(verdict.Ok, verdict.Problem);
        Assert.Equal(50, verdict.Entries);
        Assert.Equal(entries[^1].Hash, verdict.HeadHash);
        Assert.Null(verdict.FirstBrokenSeq);
    }

    [Fact]
    public void Walk_NamesTheEntry_WhenItsDataWasChanged()
    {
        var entries = TestChain.Build(50);
        entries[19].Data = """{"title":"改过"}""";

        var verdict = TestChain.Walk(entries);

        Assert.False(verdict.Ok);
        Assert.Equal(20, verdict.FirstBrokenSeq);
        Assert.Contains("hash", verdict.Problem);
    }

    [Fact]
    public void Walk_NamesTheMissingSeq_WhenAnEntryWasRemoved()
    {
        var entries = TestChain.Build(30);
        entries.RemoveAt(11);

        var verdict = TestChain.Walk(entries);

        Assert.Equal(12, verdict.FirstBrokenSeq);
        Assert.Contains("missing", verdict.Problem);
    }

    [Fact]
    public void Walk_NamesTheEntry_WhenItIsRelinkedToAnotherPrevHash()
    {
        var entries = TestChain.Build(10);
        var forged = TestChain.Build(10)[6];
        forged.PrevHash = entries[3].Hash; // a valid-looking hash, but not its predecessor's

        var verdict = TestChain.Walk(entries.Take(6).Append(forged).Concat(entries.Skip(7)));

        Assert.Equal(7, verdict.FirstBrokenSeq);
    }

    [Fact]
    public void Walk_FailsAtSeqOne_WhenKeyIsWrongOrStartIsNotGenesis()
    {
        var entries = TestChain.Build(5);

        Assert.Equal(1, TestChain.Walk(entries, key: new byte[32]).FirstBrokenSeq);
        Assert.Equal(1, TestChain.Walk(entries.Skip(1)).FirstBrokenSeq);
        Assert.True(TestChain.Walk(entries.Skip(1), fromGenesis: false).Ok);
    }
}
