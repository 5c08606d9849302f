namespace Media.Screening;

/// <summary>
/// The built-in 校对 rules and why they weigh as they do:
/// block — something an editor left unfinished and a reader must never see: placeholders (××, XX, * masks),
/// empty brackets, pinyin conversion artefacts such as 態(tài); an image from outside the media library, which could
/// be swapped after sign-off;
/// warn — usually a slip but sometimes intended, so a reviewer decides: unbalanced quotes and brackets,
/// traditional characters mixed into simplified text, doubled punctuation.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<IProofreadingRule> Create() =>
    [
        new PlaceholderRule(),
        new EmptyBracketsRule(),
        new UnbalancedPairsRule(),
        new PinyinArtefactRule(),
        new MixedScriptRule(ChineseScriptTable.LoadEmbedded()),
        new DoubledPunctuationRule(),
        new ExternalImageRule(),
    ];
}
