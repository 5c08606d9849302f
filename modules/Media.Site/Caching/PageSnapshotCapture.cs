namespace Media.Site.Caching;

/// <summary>Set on a request by <see cref="PageSnapshotMiddleware"/> when it has no copy: the key to store under and
/// the copies' generation when the request began. The site's cache policy marks it <see cref="Storable"/> when the
/// output cache answers or stores a public page, so only those are copied.</summary>
internal sealed class PageSnapshotCapture(string key, long generation)
{
    public string Key => key;

    public long Generation => generation;

    public bool Storable { get; set; }
}
