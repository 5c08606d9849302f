namespace Media.Screening;

/// <summary>A built-in 校对 rule. Rules are stateless and see the original text, so their positions are final.</summary>
public interface IProofreadingRule
{
    /// <summary>The stable <c>rule</c> name its hits carry, see <see cref="ScreeningRuleNames"/>.</summary>
    string Name { get; }

    IEnumerable<ScreeningHit> Inspect(string text);
}
