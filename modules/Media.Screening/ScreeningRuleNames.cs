namespace Media.Screening;

/// <summary>The <c>rule</c> values a hit can carry; they are part of the API contract (docs/http-api.md §4.5), so
/// never rename them.</summary>
public static class ScreeningRuleNames
{
    public const string Lexicon = "lexicon";
    public const string Placeholder = "placeholder";
    public const string EmptyBrackets = "empty-brackets";
    public const string UnbalancedPairs = "unbalanced-pairs";
    public const string PinyinArtefact = "pinyin-artefact";
    public const string MixedScript = "mixed-script";
    public const string DoubledPunctuation = "doubled-punctuation";
    public const string ExternalImage = "external_image";
}
