namespace Media.Site.Caching;

/// <summary>Set on a request by <see cref="PageSnapshotMiddleware"/>; the site's cache policy marks it
/// <see cref="Storable"/> when the output cache answers or stores a public page, so only those are copied.</summary>
internal sealed class PageSnapshotCapture
{
    public bool Storable { get; set; }
}
