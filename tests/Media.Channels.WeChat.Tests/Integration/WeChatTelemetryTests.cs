using System.Diagnostics.Metrics;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.WeChat.Tests.Integration;

/// <summary>docs/operations.md §6: every errcode WeChat answers is counted on the module's own meter, by code and
/// endpoint — what an alert on 40001 or 45009 reads.</summary>
public sealed class WeChatTelemetryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task ErrorsCounter_CountsTheErrcode_WhenWeChatAnswersOne()
    {
        using var host = new ClientHost();
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        _ = host.Services.GetRequiredService<WeChatTelemetry>();
        var counted = new List<(long Value, string? Errcode, string? Endpoint)>();
        using var listener = new MeterListener
        {
            // Only this host's meter: other tests' hosts count their own errors in parallel.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "media.wechat.errors") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            lock (counted) counted.Add((value, Tag(all, "errcode"), Tag(all, "endpoint")));
        });
        listener.Start();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", 45009));

        await Assert.ThrowsAsync<WeChatApiException>(() => host.Client.SubmitPublishAsync(fixture.Account, "draft-media-id", CancellationToken.None));

        lock (counted) Assert.Contains((1L, "45009", "freepublish/submit"), counted);
    }

    private static string? Tag(KeyValuePair<string, object?>[] tags, string name) => tags.FirstOrDefault(t => t.Key == name).Value as string;
}
