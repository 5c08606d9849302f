using Media.Site.Caching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace Media.Site.Tests.Unit;

public sealed class PageSnapshotsTests
{
    private readonly FakeTimeProvider time = new();
    private readonly PageSnapshots snapshots;

    public PageSnapshotsTests() =>
        snapshots = new PageSnapshots(Options.Create(new SiteOptions { SnapshotMilliseconds = 1000 }), time);

    [Fact]
    public void Copy_IsServed_UntilItExpires()
    {
        snapshots.Store("/", Page(), snapshots.Generation);

        Assert.True(snapshots.TryGet("/", out var served));
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.True(snapshots.TryGet("/", out _));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(snapshots.TryGet("/", out _));
        Assert.Equal(200, served.StatusCode);
    }

    [Fact]
    public void Clear_EmptiesTheCopies()
    {
        snapshots.Store("/", Page(), snapshots.Generation);

        snapshots.Clear();

        Assert.False(snapshots.TryGet("/", out _));
    }

    [Fact]
    public void Capture_StartedBeforeAnEviction_IsNotStored()
    {
        var generation = snapshots.Generation; // a request starts, the output cache answers the old page…
        snapshots.Clear();                     // …publish or retract evicts meanwhile…

        snapshots.Store("/", Page(), generation); // …and its copy must not outlive the eviction.

        Assert.False(snapshots.TryGet("/", out _));
    }

    [Fact]
    public void Copies_AreBounded_ExpiredOnesMakingRoom()
    {
        for (var i = 0; i < PageSnapshots.MaxEntries; i++) snapshots.Store($"/{i}", Page(), snapshots.Generation);

        snapshots.Store("/one-too-many", Page(), snapshots.Generation);
        Assert.False(snapshots.TryGet("/one-too-many", out _));

        time.Advance(TimeSpan.FromSeconds(2));
        snapshots.Store("/one-too-many", Page(), snapshots.Generation);
        Assert.True(snapshots.TryGet("/one-too-many", out _));
    }

    [Fact]
    public void Copies_AreOff_WithZeroMilliseconds_OrTheOutputCacheOff()
    {
        Assert.True(snapshots.Enabled);
        Assert.False(new PageSnapshots(Options.Create(new SiteOptions { SnapshotMilliseconds = 0 }), time).Enabled);
        Assert.False(new PageSnapshots(Options.Create(new SiteOptions { OutputCache = false }), time).Enabled);
    }

    private PageSnapshot Page()
    {
        var now = snapshots.Now;
        return new PageSnapshot(200, [new("ETag", new StringValues("\"a\""))], "\"a\"", "<html></html>"u8.ToArray(), now, 0,
            snapshots.ExpiryFrom(now));
    }
}
