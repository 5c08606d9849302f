namespace Media.Articles.Lifecycle;

/// <summary>Which life an article is in: on its way to its first publication, or through a correction (更正) of a
/// piece that stays live meanwhile. The same operation can lead to a different status on each track (a correction
/// sent back returns to <c>correcting</c>, not to <c>draft</c>).</summary>
public enum ArticleTrack
{
    Original,
    Correction,
}
