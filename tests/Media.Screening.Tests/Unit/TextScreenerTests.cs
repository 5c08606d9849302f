using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Screening.Tests.Unit;

public class TextScreenerTests
{
    private static readonly CompiledLexicon Lexicon =
        CompiledLexicon.Compile([new LexiconEntry("赌博", "违法", ScreeningSeverity.Block)], "v7");

    [Fact]
    public void Screen_CombinesLexiconAndRules_InOrderOfPosition()
    {
        const string text = "××村有人赌 博，，并在《》上发布。";

        var hits = TextScreener.WithBuiltInRules().Screen(text, Lexicon);

        Assert.Equal(
            [ScreeningRuleNames.Placeholder, ScreeningRuleNames.Lexicon, ScreeningRuleNames.DoubledPunctuation, ScreeningRuleNames.EmptyBrackets],
            hits.Select(h => h.Rule));
        Assert.All(hits, h => Assert.Equal(h.Match, text.Substring(h.Start, h.Length)));
    }

    [Fact]
    public void Screen_UsesOnlyGivenRules_WhenConstructedWithThem()
    {
        var screener = new TextScreener([new DoubledPunctuationRule()]);

        var hits = screener.Screen("××，，", CompiledLexicon.Empty);

        Assert.Equal(ScreeningRuleNames.DoubledPunctuation, Assert.Single(hits).Rule);
    }

    [Fact]
    public void WithBuiltInRules_HasEveryRuleOnce_WhenCreated()
    {
        var names = TextScreener.WithBuiltInRules().Rules.Select(r => r.Name);

        Assert.Equal(
            [ScreeningRuleNames.Placeholder, ScreeningRuleNames.EmptyBrackets, ScreeningRuleNames.UnbalancedPairs,
             ScreeningRuleNames.PinyinArtefact, ScreeningRuleNames.MixedScript, ScreeningRuleNames.DoubledPunctuation, ScreeningRuleNames.ExternalImage],
            names);
    }

    [Fact]
    public void AddScreeningEngine_ResolvesScreenerWithBuiltInRules_WhenRegistered()
    {
        using var provider = new ServiceCollection().AddScreeningEngine().AddScreeningEngine().BuildServiceProvider();

        var screener = provider.GetRequiredService<TextScreener>();

        Assert.Equal(BuiltInRules.Create().Count, screener.Rules.Count); // registered twice, each rule once
        Assert.Single(screener.Screen("態(tài)", CompiledLexicon.Empty));
    }

    [Fact]
    public void ScreeningHit_SerializesContractShape_WhenWrittenAsJson()
    {
        var hit = Assert.Single(TextScreener.WithBuiltInRules().Screen("赌博", Lexicon));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(hit, JsonSerializerOptions.Web));

        var body = json.RootElement;
        Assert.Equal(["rule", "match", "severity", "start", "length", "message", "category"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("lexicon", body.GetProperty("rule").GetString());
        Assert.Equal("赌博", body.GetProperty("match").GetString());
        Assert.Equal("block", body.GetProperty("severity").GetString());
        Assert.Equal(2, body.GetProperty("length").GetInt32());
        Assert.Equal("违法", body.GetProperty("category").GetString());
    }

    [Fact]
    public void ScreeningHit_OmitsCategory_WhenRuleIsBuiltIn()
    {
        var hit = new ScreeningHit(ScreeningRuleNames.Placeholder, "××", ScreeningSeverity.Warn, 0, 2, "m");

        var json = JsonSerializer.Serialize(hit, JsonSerializerOptions.Web);

        Assert.DoesNotContain("category", json);
        Assert.Contains("\"severity\":\"warn\"", json);
    }
}
