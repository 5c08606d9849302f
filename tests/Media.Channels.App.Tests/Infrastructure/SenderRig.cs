using Media.Abstractions.Content;
using Media.Abstractions.Distribution;
using Media.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Channels.App.Tests.Infrastructure;

/// <summary>The app channel as the outbox sees it — registered by <c>AddAppChannel</c> in a bare host — talking to a
/// real <see cref="WebhookReceiver"/> over loopback HTTP. <see cref="Progress"/> plays the delivery row's saved progress,
/// <see cref="Corrections"/> the article's published corrections.</summary>
internal sealed class SenderRig : IAsyncDisposable
{
    public const string Secret = "app-webhook-secret-0123456789";
    public const string BaseUrl = "https://news.county.example";

    private readonly IHost host;

    private SenderRig(IHost host, WebhookReceiver receiver, RecordedCorrections corrections)
    {
        this.host = host;
        Receiver = receiver;
        Corrections = corrections;
        Sender = host.Services.GetServices<IChannelSender>().Single(s => s.ChannelType == "app");
    }

    public WebhookReceiver Receiver { get; }

    public RecordedCorrections Corrections { get; }

    public IChannelSender Sender { get; }

    public Dictionary<string, string> Progress { get; } = new(StringComparer.Ordinal);

    public Guid DeliveryId { get; } = Guid.NewGuid();

    public Guid ArticleId { get; } = Guid.NewGuid();

    public Guid ChannelId { get; } = Guid.NewGuid();

    public static async Task<SenderRig> StartAsync(TimeProvider clock, TimeSpan? timeout = null, string receiverSecret = Secret)
    {
        var receiver = await WebhookReceiver.StartAsync(receiverSecret);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Media:Channels:App:Timeout"] = (timeout ?? TimeSpan.FromSeconds(10)).ToString("c"),
            ["Media:Channels:AllowedPrivateHosts"] = "127.0.0.1", // the receiver listens on loopback (docs/http-api.md §7)
        });
        var corrections = new RecordedCorrections();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<IPublishedCorrections>(corrections);
        builder.AddAppChannel();
        var host = builder.Build();
        await host.StartAsync();
        return new SenderRig(host, receiver, corrections);
    }

    public PublishedArticle Article(int version = 3, DateTimeOffset? publishedAt = null, DateTimeOffset? updatedAt = null)
    {
        var published = publishedAt ?? new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
        return new PublishedArticle(ArticleId, Guid.NewGuid(), "要闻", "news", "县里召开春耕会", null, "记者", null, null,
            "<p>正文</p>", null, ["春耕"], version, new string('a', 64), published, updatedAt ?? published, $"/articles/{ArticleId}");
    }

    /// <summary>Records that a correction published at <paramref name="publishedAt"/> put <paramref name="correctedVersion"/> live.</summary>
    public CorrectionNotice Corrected(int ofVersion, int correctedVersion, DateTimeOffset publishedAt, string note = "更正：会议日期应为3月12日。")
    {
        var notice = new CorrectionNotice(ArticleId, "县里召开春耕会", $"/articles/{ArticleId}", note, publishedAt, ofVersion, correctedVersion);
        Corrections.Add(notice);
        return notice;
    }

    /// <summary>One attempt's context; progress saved by earlier attempts is handed in, as the outbox would.</summary>
    public DeliveryContext Context(PublishedArticle? article, int attempt, DateTimeOffset occurredAt,
        IReadOnlyDictionary<string, string>? settings = null) =>
        new(DeliveryId, ArticleId, ChannelId, "县融媒 App", attempt, article, article?.Version ?? 3,
            settings ?? new Dictionary<string, string> { ["webhookUrl"] = Receiver.Url.ToString(), ["secret"] = Secret },
            new Dictionary<string, string>(Progress), SaveAsync, BaseUrl, occurredAt);

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await Receiver.DisposeAsync();
    }

    private Task SaveAsync(string key, string value, CancellationToken cancellationToken)
    {
        Progress[key] = value;
        return Task.CompletedTask;
    }
}
