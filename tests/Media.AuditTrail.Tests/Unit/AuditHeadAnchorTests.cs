using Media.Abstractions.Hosting;
using Media.AuditTrail.Chain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.AuditTrail.Tests.Unit;

public sealed class AuditHeadAnchorTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "media-anchor-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Read_IsEmpty_UntilAHeadIsRecorded_ThenTheAnchorOnlyMovesForward_AcrossInstances()
    {
        var anchor = NewAnchor();
        Assert.Equal((null, null), anchor.Read());

        anchor.Advance(5, "h5");
        anchor.Advance(3, "h3");
        NewAnchor().Advance(4, "h4"); // another process, started later, with an older head

        var head = NewAnchor().Read().Head!;
        Assert.Equal((5L, "h5"), (head.Seq, head.Hash));
    }

    [Fact]
    public void Read_ReportsAnAlteredOrUnreadableFile()
    {
        var anchor = NewAnchor();
        anchor.Advance(7, "h7");
        File.WriteAllText(anchor.FilePath, File.ReadAllText(anchor.FilePath).Replace("\"seq\":7", "\"seq\":3", StringComparison.Ordinal));

        Assert.Contains("altered", anchor.Read().Problem);
        File.WriteAllText(anchor.FilePath, "not json");
        Assert.Contains("cannot be read", anchor.Read().Problem);
    }

    [Fact]
    public void Read_RejectsAnAnchorSealedWithAnotherKey()
    {
        NewAnchor().Advance(9, "h9");

        Assert.Contains("altered", NewAnchor(Enumerable.Repeat((byte)3, 32).ToArray()).Read().Problem);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private AuditHeadAnchor NewAnchor(byte[]? key = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Media:AppData", folder)]).Build();
        var appData = new MediaAppData(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        return new AuditHeadAnchor(appData, new AuditChain(new AuditKey(key ?? TestChain.Key)), TimeProvider.System,
            NullLogger<AuditHeadAnchor>.Instance);
    }
}
