using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Media.Site.Caching;

/// <summary>
/// The node's own copies of the public pages it served last (docs/http-api.md §4.11): for at most
/// <see cref="SiteOptions.SnapshotMilliseconds"/> a page is answered from here, before routing and the output cache.
/// Any eviction on this node (publish, retract, correction) empties it at once; another node's eviction reaches the
/// shared output cache at once and this copy when it expires, so a change is everywhere within that time. A
/// generation counter keeps a page that was being answered while an eviction ran from being stored after it.
/// Bounded: at most <see cref="MaxEntries"/> copies (expired ones are swept first), so odd <c>Accept-Encoding</c>
/// spellings cannot fill memory.
/// </summary>
internal sealed class PageSnapshots(IOptions<SiteOptions> options, TimeProvider time)
{
    public const int MaxEntries = 2048;

    /// <summary>Larger pages are not kept (they stay in the output cache).</summary>
    public const int MaxBodyBytes = 1 << 20;

    private readonly ConcurrentDictionary<string, PageSnapshot> pages = new(StringComparer.Ordinal);
    private long generation;

    public bool Enabled => options.Value.OutputCache && options.Value.SnapshotMilliseconds > 0;

    /// <summary>Changes whenever the copies are emptied; a capture stores only if it has not changed meanwhile.</summary>
    public long Generation => Interlocked.Read(ref generation);

    public long Now => time.GetTimestamp();

    public bool TryGet(string key, out PageSnapshot snapshot)
    {
        if (pages.TryGetValue(key, out snapshot!) && snapshot.ExpiresAt > time.GetTimestamp()) return true;
        snapshot = null!;
        return false;
    }

    public long ExpiryFrom(long capturedAt) =>
        capturedAt + (long)(options.Value.SnapshotMilliseconds / 1000.0 * time.TimestampFrequency);

    /// <summary>Seconds since <paramref name="capturedAt"/>, for the <c>Age</c> header.</summary>
    public long SecondsSince(long capturedAt) => (long)time.GetElapsedTime(capturedAt).TotalSeconds;

    public void Store(string key, PageSnapshot snapshot, long capturedGeneration)
    {
        if (pages.Count >= MaxEntries && !pages.ContainsKey(key))
        {
            var now = time.GetTimestamp();
            foreach (var (k, v) in pages)
            {
                if (v.ExpiresAt <= now) pages.TryRemove(k, out _);
            }
            if (pages.Count >= MaxEntries) return;
        }
        pages[key] = snapshot;
        // An eviction between the capture's start and now: drop what may be the old page (the next request stores anew).
        if (Generation != capturedGeneration) pages.TryRemove(new KeyValuePair<string, PageSnapshot>(key, snapshot));
    }

    public void Clear()
    {
        Interlocked.Increment(ref generation);
        pages.Clear();
    }
}
