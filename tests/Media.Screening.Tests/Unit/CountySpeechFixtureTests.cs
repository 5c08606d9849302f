namespace Media.Screening.Tests.Unit;

/// <summary>A real county speech run through a converter and masked with *: everything an editor must fix.</summary>
public class CountySpeechFixtureTests
{
    private static readonly string Speech = TestTexts.Read(TestTexts.CountySpeech);
    private readonly IReadOnlyList<ScreeningHit> hits = TextScreener.WithBuiltInRules().Screen(Speech, CompiledLexicon.Empty);

    [Theory]
    [InlineData("以*思想")]
    [InlineData("黨的*屆")]
    [InlineData("發(fā)稿*余篇")]
    [InlineData("美麗*、富裕")]
    [InlineData("人,*名理論")]
    public void Screen_BlocksStarMask_WhereSpeechHidesAName(string context)
    {
        var star = Speech.IndexOf(context, StringComparison.Ordinal) + context.IndexOf('*');

        var hit = Assert.Single(hits, h => h.Start == star && h.Rule == ScreeningRuleNames.Placeholder);

        Assert.Equal("*", hit.Match);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
    }

    [Fact]
    public void Screen_BlocksEveryStarMask_WhenSpeechIsScreened()
    {
        var stars = Enumerable.Range(0, Speech.Length).Where(i => Speech[i] == '*').ToList();

        var placeholders = hits.Where(h => h.Rule == ScreeningRuleNames.Placeholder).Select(h => h.Start).ToList();

        Assert.Equal(39, stars.Count);
        Assert.Equal(stars, placeholders);
    }

    [Fact]
    public void Screen_BlocksEmptyBrackets_WhereTitlesAndNamesAreMasked()
    {
        var empty = hits.Where(h => h.Rule == ScreeningRuleNames.EmptyBrackets).ToList();

        Assert.Equal(["《*》", "《*》", "《*》", "()"], empty.Select(h => h.Match));
        Assert.Equal(Speech.IndexOf("《*》《*》", StringComparison.Ordinal), empty[0].Start);
        Assert.Equal(Speech.IndexOf("為()", StringComparison.Ordinal) + 1, empty[3].Start);
        Assert.All(empty, h => Assert.Equal(ScreeningSeverity.Block, h.Severity));
    }

    [Theory]
    [InlineData("態(tài)")]
    [InlineData("導(dǎo)")]
    [InlineData("設(shè)")]
    [InlineData("網(wǎng)")]
    public void Screen_BlocksPinyinArtefact_WhereConverterAnnotated(string artefact)
    {
        var first = Speech.IndexOf(artefact, StringComparison.Ordinal);

        var hit = Assert.Single(hits, h => h.Start == first && h.Rule == ScreeningRuleNames.PinyinArtefact);

        Assert.Equal(artefact, hit.Match);
        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
    }

    [Fact]
    public void Screen_BlocksTitleArtefact_AtItsOriginalPosition()
    {
        var hit = hits.First(h => h.Rule == ScreeningRuleNames.PinyinArtefact);

        Assert.Equal("態(tài)", hit.Match);
        Assert.Equal(Speech.IndexOf("態(tài)", StringComparison.Ordinal), hit.Start);
        Assert.Equal(Speech.Substring(hit.Start, hit.Length), hit.Match);
    }

    [Fact]
    public void Screen_LeavesPartyAbbreviation_WhenBracketsHoldChinese()
    {
        Assert.DoesNotContain(hits, h => h.Match.Contains("黨組", StringComparison.Ordinal));
    }
}
