namespace Media.Site.Views;

/// <summary>One dated 更正说明 at the foot of an article (docs/lifecycle.md §4). <see cref="Note"/> is the editors'
/// plain text, encoded when rendered like every other value.</summary>
internal sealed record CorrectionNote(string Note, string PublishedAt, string PublishedIso);
