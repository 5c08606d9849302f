namespace Media.Screening.Tests.Unit;

/// <summary>False alarms cost editors' trust: clean, varied news copy must pass every rule untouched.</summary>
public class CleanCorpusTests
{
    private readonly TextScreener screener = TextScreener.WithBuiltInRules();

    public static TheoryData<string> Texts() => [.. TestTexts.CleanCorpus()];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Screen_FindsNothing_WhenNewsCopyIsClean(string name)
    {
        var hits = screener.Screen(TestTexts.Read(name), CompiledLexicon.Empty);

        Assert.True(hits.Count == 0, string.Join("\n", hits.Select(h => $"{h.Rule} at {h.Start}: {h.Match} — {h.Message}")));
    }

    [Fact]
    public void CleanCorpus_HoldsSeveralHundredCharactersPerText_WhenEmbedded()
    {
        var lengths = TestTexts.CleanCorpus().Select(n => TestTexts.Read(n).Length).ToList();

        Assert.InRange(lengths.Count, 8, 10);
        Assert.All(lengths, length => Assert.InRange(length, 400, 2000));
    }
}
