using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Media.Abstractions.Distribution;
using Media.Channels.App.Tests.Infrastructure;
using Media.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Media.Channels.App.Tests.Integration;

/// <summary>The sender against a real webhook receiver over loopback HTTP, one attempt per call as the outbox makes them.</summary>
public sealed class AppChannelSenderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset OccurredAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider clock = new(OccurredAt.AddSeconds(5));
    private SenderRig rig = null!;

    public async Task InitializeAsync() => rig = await SenderRig.StartAsync(clock);

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task Publish_SendsSignedContractBodyAndHeaders()
    {
        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(version: 3), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Done, step.Outcome);
        var request = Assert.Single(rig.Receiver.Requests);
        Assert.True(request.SignatureValid, $"Signature {request.Signature} does not verify for body {request.BodyText}");
        Assert.Equal("POST", request.Method);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("article.published", request.Event);
        Assert.Equal(rig.DeliveryId.ToString(), request.DeliveryId);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), request.Timestamp);
        Assert.Matches("^sha256=[0-9a-f]{64}$", request.Signature);
        var body = request.Json;
        Assert.Equal("article.published", body.GetProperty("event").GetString());
        Assert.Equal(rig.DeliveryId, body.GetProperty("deliveryId").GetGuid());
        Assert.Equal(rig.ArticleId, body.GetProperty("articleId").GetGuid());
        Assert.Equal(3, body.GetProperty("version").GetInt32());
        Assert.Equal($"{SenderRig.BaseUrl}/api/public/articles/{rig.ArticleId}", body.GetProperty("url").GetString());
        Assert.Equal($"{SenderRig.BaseUrl}/articles/{rig.ArticleId}", body.GetProperty("pageUrl").GetString());
        Assert.Equal(OccurredAt, body.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Publish_KeepsDeliveryIdAndBody_AcrossRetryAfter500()
    {
        rig.Receiver.FailNext(1, 500, "database down");
        var article = rig.Article();

        var first = await rig.Sender.PublishAsync(rig.Context(article, 1, OccurredAt), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var second = await rig.Sender.PublishAsync(rig.Context(article, 2, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, first.Outcome);
        Assert.Contains("500", first.Error);
        Assert.DoesNotContain("database down", first.Error); // the app's words go to the log, not to lastError
        Assert.Equal(DeliveryStepOutcome.Done, second.Outcome);
        var requests = rig.Receiver.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.True(r.SignatureValid));
        Assert.All(requests, r => Assert.Equal(rig.DeliveryId.ToString(), r.DeliveryId));
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.NotEqual(requests[0].Timestamp, requests[1].Timestamp);
        Assert.NotEqual(requests[0].Signature, requests[1].Signature);
    }

    [Fact]
    public async Task Publish_ReturnsRetryWithRetryAfter_When503()
    {
        rig.Receiver.FailNext(1, 503, retryAfter: TimeSpan.FromSeconds(120));

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), step.RetryAfter);
    }

    [Fact]
    public async Task Publish_ReturnsRateLimited_When429()
    {
        rig.Receiver.FailNext(1, 429, "slow down", TimeSpan.FromSeconds(30));

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.RateLimited, step.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), step.RetryAfter);
    }

    [Fact]
    public async Task Publish_ReturnsRetry_When410_AsTheContractRetriesAnythingNot2xx_WithoutTheAppsWordsInTheError()
    {
        rig.Receiver.FailNext(1, 410, "this webhook was removed");

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Contains("410", step.Error);
        Assert.DoesNotContain("this webhook was removed", step.Error); // reporters read lastError (docs/http-api.md §7)
    }

    [Fact]
    public async Task Publish_ReturnsRetryWithoutFollowing_WhenRedirected()
    {
        rig.Receiver.AnswerNext(1, WebhookAnswer.Redirect(rig.Receiver.Url + "?moved=1"));

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Contains("307", step.Error);
        Assert.Contains("do not follow redirects", step.Error);
        Assert.Single(rig.Receiver.Requests);
    }

    [Fact]
    public async Task Publish_ReturnsRetry_WhenAppRejectsTheSignature()
    {
        await using var other = await SenderRig.StartAsync(clock, receiverSecret: "a-different-secret-of-the-app");

        var step = await other.Sender.PublishAsync(other.Context(other.Article(), 1, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Contains("401", step.Error);
        Assert.False(Assert.Single(other.Receiver.Requests).SignatureValid);
    }

    [Fact]
    public async Task Publish_SendsUpdatedEventWithItsOwnStableDeliveryId_WhenTheVersionIsAPublishedCorrection()
    {
        await rig.Sender.PublishAsync(rig.Context(rig.Article(version: 3), 1, OccurredAt), CancellationToken.None);
        var correctedAt = OccurredAt.AddDays(2);
        rig.Corrected(ofVersion: 3, correctedVersion: 5, correctedAt);
        var corrected = rig.Article(version: 5, updatedAt: correctedAt);
        rig.Receiver.FailNext(1, 503);

        var first = await rig.Sender.PublishAsync(rig.Context(corrected, 1, OccurredAt), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await rig.Sender.PublishAsync(rig.Context(corrected, 2, OccurredAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, first.Outcome);
        Assert.Equal(DeliveryStepOutcome.Done, second.Outcome);
        var original = rig.Receiver.Requests[0];
        var updates = rig.Receiver.Requests.Skip(1).ToList();
        Assert.Equal("article.published", original.Event);
        Assert.Equal(rig.DeliveryId.ToString(), original.DeliveryId);
        Assert.Equal(2, updates.Count);
        Assert.All(updates, r => Assert.True(r.SignatureValid));
        Assert.All(updates, r => Assert.Equal("article.updated", r.Event));
        Assert.NotEqual(original.DeliveryId, updates[0].DeliveryId);
        Assert.Equal(updates[0].DeliveryId, updates[1].DeliveryId); // a retry of the same version: the same id
        Assert.Equal(updates[0].Body, updates[1].Body);
        var body = updates[0].Json;
        Assert.Equal("article.updated", body.GetProperty("event").GetString());
        Assert.Equal(updates[0].DeliveryId, body.GetProperty("deliveryId").GetGuid().ToString());
        Assert.Equal(5, body.GetProperty("version").GetInt32());
        Assert.Equal(correctedAt, body.GetProperty("occurredAt").GetDateTimeOffset());
        Assert.Equal($"{SenderRig.BaseUrl}/api/public/articles/{rig.ArticleId}", body.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Publish_GivesEachCorrectionItsOwnDeliveryId()
    {
        rig.Corrected(ofVersion: 3, correctedVersion: 5, OccurredAt.AddDays(1));
        await rig.Sender.PublishAsync(rig.Context(rig.Article(version: 5), 1, OccurredAt), CancellationToken.None);
        rig.Corrected(ofVersion: 5, correctedVersion: 8, OccurredAt.AddDays(2));
        await rig.Sender.PublishAsync(rig.Context(rig.Article(version: 8), 1, OccurredAt), CancellationToken.None);

        var requests = rig.Receiver.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("article.updated", r.Event));
        Assert.NotEqual(requests[0].DeliveryId, requests[1].DeliveryId);
        Assert.Equal(OccurredAt.AddDays(2), requests[1].Json.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Publish_SendsPublished_WhenTheArticleChangedSinceButNoCorrectionWasPublished()
    {
        // A correction opened (or being edited) before the first attempt changes the article, not what is published.
        var published = rig.Article(version: 3, updatedAt: OccurredAt.AddHours(2));

        await rig.Sender.PublishAsync(rig.Context(published, 1, OccurredAt), CancellationToken.None);

        var request = Assert.Single(rig.Receiver.Requests);
        Assert.Equal("article.published", request.Event);
        Assert.Equal(rig.DeliveryId.ToString(), request.DeliveryId);
    }

    [Fact]
    public async Task Publish_KeepsTheEventDecidedOnTheFirstAttempt()
    {
        rig.Corrected(ofVersion: 3, correctedVersion: 5, OccurredAt.AddDays(2));
        var corrected = rig.Article(version: 5);
        rig.Receiver.FailNext(1);

        await rig.Sender.PublishAsync(rig.Context(corrected, 1, OccurredAt), CancellationToken.None);
        // Whatever changes meanwhile must not flip the event of a delivery already under way.
        rig.Corrections.Clear();
        await rig.Sender.PublishAsync(rig.Context(corrected, 2, OccurredAt), CancellationToken.None);

        Assert.Equal(2, rig.Receiver.Requests.Count);
        Assert.All(rig.Receiver.Requests, r => Assert.Equal("article.updated", r.Event));
        Assert.All(rig.Receiver.Requests, r => Assert.Equal("article.updated", r.Json.GetProperty("event").GetString()));
        Assert.Equal(rig.Receiver.Requests[0].DeliveryId, rig.Receiver.Requests[1].DeliveryId);
    }

    [Fact]
    public async Task Retract_SendsRetractedEventWithItsOwnStableDeliveryId()
    {
        await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt), CancellationToken.None);
        var retractedAt = OccurredAt.AddHours(3);
        rig.Receiver.FailNext(1, 502);

        var first = await rig.Sender.RetractAsync(rig.Context(null, 1, retractedAt), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        var second = await rig.Sender.RetractAsync(rig.Context(null, 2, retractedAt), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, first.Outcome);
        Assert.Equal(DeliveryStepOutcome.Done, second.Outcome);
        var retractions = rig.Receiver.Requests.Skip(1).ToList();
        Assert.Equal(2, retractions.Count);
        Assert.All(retractions, r => Assert.True(r.SignatureValid));
        Assert.All(retractions, r => Assert.Equal("article.retracted", r.Event));
        Assert.All(retractions, r => Assert.Equal(rig.Progress["retractDeliveryId"], r.DeliveryId));
        Assert.NotEqual(rig.DeliveryId.ToString(), retractions[0].DeliveryId);
        Assert.Equal(retractions[0].Body, retractions[1].Body);
        var body = retractions[0].Json;
        Assert.Equal("article.retracted", body.GetProperty("event").GetString());
        Assert.Equal(retractions[0].DeliveryId, body.GetProperty("deliveryId").GetGuid().ToString());
        Assert.Equal(retractedAt, body.GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Publish_ReturnsFailed_WhenChannelHasNoSecret()
    {
        var settings = new Dictionary<string, string> { ["webhookUrl"] = rig.Receiver.Url.ToString() };

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt, settings), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Failed, step.Outcome);
        Assert.Contains("secret", step.Error);
        Assert.Empty(rig.Receiver.Requests);
    }

    [Fact]
    public async Task Publish_ReturnsRetry_WhenNothingListens()
    {
        var settings = new Dictionary<string, string> { ["webhookUrl"] = $"http://127.0.0.1:{FreePort()}/hooks", ["secret"] = SenderRig.Secret };

        var step = await rig.Sender.PublishAsync(rig.Context(rig.Article(), 1, OccurredAt, settings), CancellationToken.None);

        Assert.Equal(DeliveryStepOutcome.Retry, step.Outcome);
        Assert.Contains("could not be reached", step.Error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
