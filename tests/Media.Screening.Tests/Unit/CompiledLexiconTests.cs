namespace Media.Screening.Tests.Unit;

public class CompiledLexiconTests
{
    private static CompiledLexicon Lexicon(params LexiconEntry[] entries) => CompiledLexicon.Compile(entries, "v1");

    private static LexiconEntry Block(string word, string category = "政治") => new(word, category, ScreeningSeverity.Block);

    private static LexiconEntry Warn(string word, string category = "用语") => new(word, category, ScreeningSeverity.Warn);

    [Fact]
    public void Find_ReturnsHitWithEntryDetails_WhenWordOccurs()
    {
        var lexicon = Lexicon(new LexiconEntry("法轮功", "邪教", ScreeningSeverity.Block, "一律删除"));

        var hit = Assert.Single(lexicon.Find("据报道法轮功组织"));

        Assert.Equal(new ScreeningHit(ScreeningRuleNames.Lexicon, "法轮功", ScreeningSeverity.Block, 3, 3, hit.Message, "邪教"), hit);
        Assert.Contains("法轮功", hit.Message);
        Assert.Contains("一律删除", hit.Message);
    }

    [Theory]
    [InlineData("法 轮 功")]
    [InlineData("法.轮.功")]
    [InlineData("法，轮，功")]
    [InlineData("法\u3000轮\u3000功")]
    [InlineData("法*轮-功")]
    [InlineData("法\u200B轮\n功")]
    [InlineData("法、 ·轮……功")]
    public void Find_MatchesWord_WhenSeparatorsInsertedBetweenCharacters(string disguised)
    {
        var text = $"有人写“{disguised}”。";

        var hit = Assert.Single(Lexicon(Block("法轮功")).Find(text));

        Assert.Equal(disguised, hit.Match);
        Assert.Equal(text.IndexOf(disguised, StringComparison.Ordinal), hit.Start);
        Assert.Equal(disguised.Length, hit.Length);
    }

    [Theory]
    [InlineData("翻墙用VPN")]
    [InlineData("翻墙用vpn")]
    [InlineData("翻墙用Vpn")]
    [InlineData("翻墙用ＶＰＮ")]
    [InlineData("翻墙用ｖｐｎ")]
    [InlineData("翻墙用V P N")]
    public void Find_MatchesLatinWord_WhenWidthOrCaseDiffers(string text)
    {
        var hit = Assert.Single(Lexicon(Warn("vpn")).Find(text));

        Assert.Equal(3, hit.Start);
        Assert.Equal(text[3..], hit.Match);
    }

    [Fact]
    public void Find_MatchesFullWidthListWord_WhenTextIsHalfWidth()
    {
        var hit = Assert.Single(Lexicon(Warn("ＡＢＣ公司")).Find("据abc公司称"));

        Assert.Equal("abc公司", hit.Match);
    }

    [Theory]
    [InlineData("myvpnbox")]
    [InlineData("vpns")]
    [InlineData("5vpn")]
    public void Find_IgnoresLatinWord_WhenPartOfLongerLatinWord(string text)
    {
        Assert.Empty(Lexicon(Warn("vpn")).Find(text));
    }

    [Fact]
    public void Find_MapsPositionsToOriginalText_WhenSurrogatePairsPrecede()
    {
        const string text = "𠀀𠀁，法 轮功";

        var hit = Assert.Single(Lexicon(Block("法轮功")).Find(text));

        Assert.Equal(5, hit.Start);
        Assert.Equal("法 轮功", text.Substring(hit.Start, hit.Length));
    }

    [Fact]
    public void Find_ReportsEveryOccurrence_WhenWordRepeats()
    {
        var hits = Lexicon(Warn("赌博")).Find("赌博害人，远离赌 博。");

        Assert.Equal([0, 7], hits.Select(h => h.Start));
    }

    [Fact]
    public void Find_ReportsOnlyOuterWord_WhenInnerIsNoMoreSevere()
    {
        var hit = Assert.Single(Lexicon(Warn("法轮"), Block("法轮功")).Find("法轮功"));

        Assert.Equal("法轮功", hit.Match);
    }

    [Fact]
    public void Find_ReportsBothWords_WhenInnerIsMoreSevere()
    {
        var hits = Lexicon(Block("法轮"), Warn("法轮功")).Find("法轮功");

        Assert.Equal(["法轮功", "法轮"], hits.Select(h => h.Match));
    }

    [Fact]
    public void Find_ReportsOverlappingWords_WhenOneStartsInsideTheOther()
    {
        var hits = Lexicon(Warn("中华人民"), Warn("人民共和国")).Find("中华人民共和国");

        Assert.Equal(["中华人民", "人民共和国"], hits.Select(h => h.Match));
    }

    [Fact]
    public void Find_AgreesWithPlainSearch_WhenListIsLarge()
    {
        var random = new Random(7);
        var alphabet = "的一是在不了有和人这中大为上个国我以要他".ToCharArray();
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var words = Enumerable.Range(0, 300).Select(_ => Word(random.Next(3, 6))).Distinct().ToArray();
        var text = Word(3000);

        var found = Lexicon(words.Select(w => Warn(w)).ToArray()).Find(text);

        var expected = OutermostOccurrences(text, words);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(h => (h.Start, h.End)).ToHashSet());
    }

    [Fact]
    public void Compile_CarriesCallersVersion_WhenGiven()
    {
        var lexicon = CompiledLexicon.Compile([Block("法轮功")], "2024-10-08#17");

        Assert.Equal("2024-10-08#17", lexicon.Version);
        Assert.Single(lexicon.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("，。！")]
    public void Compile_Throws_WhenWordHasNothingToMatch(string word)
    {
        Assert.Throws<ArgumentException>(() => Lexicon(Warn(word)));
    }

    [Fact]
    public void Compile_Throws_WhenVersionIsBlank()
    {
        Assert.Throws<ArgumentException>(() => CompiledLexicon.Compile([Warn("赌博")], " "));
    }

    [Fact]
    public void Compile_KeepsBlockingEntry_WhenTwoWordsFoldAlike()
    {
        var hit = Assert.Single(Lexicon(Warn("ＶＰＮ"), Block("v p n", "翻墙")).Find("vpn"));

        Assert.Equal(ScreeningSeverity.Block, hit.Severity);
        Assert.Equal("翻墙", hit.Category);
    }

    [Fact]
    public void Find_ReturnsNothing_WhenLexiconIsEmpty()
    {
        Assert.Empty(CompiledLexicon.Empty.Find("法轮功"));
    }

    /// <summary>Every occurrence found by plain search, less those inside a longer one (all hits here warn).</summary>
    private static HashSet<(int Start, int End)> OutermostOccurrences(string text, string[] words)
    {
        var all = words.SelectMany(w => Starts(text, w).Select(s => (Start: s, End: s + w.Length))).ToList();
        return all.Where(a => !all.Any(b => b != a && b.Start <= a.Start && a.End <= b.End)).ToHashSet();
    }

    private static IEnumerable<int> Starts(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
