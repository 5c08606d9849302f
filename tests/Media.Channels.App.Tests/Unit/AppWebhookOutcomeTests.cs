using System.Net;
using System.Net.Http.Headers;
using Media.Abstractions.Distribution;
using Media.Channels.App.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Media.Channels.App.Tests.Unit;

public sealed class AppWebhookOutcomeTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(200, DeliveryStepOutcome.Done)]
    [InlineData(202, DeliveryStepOutcome.Done)]
    [InlineData(204, DeliveryStepOutcome.Done)]
    [InlineData(301, DeliveryStepOutcome.Retry)]
    [InlineData(307, DeliveryStepOutcome.Retry)]
    [InlineData(400, DeliveryStepOutcome.Retry)]
    [InlineData(401, DeliveryStepOutcome.Retry)]
    [InlineData(404, DeliveryStepOutcome.Retry)]
    [InlineData(410, DeliveryStepOutcome.Retry)]
    [InlineData(408, DeliveryStepOutcome.Retry)]
    [InlineData(409, DeliveryStepOutcome.Retry)]
    [InlineData(429, DeliveryStepOutcome.RateLimited)]
    [InlineData(500, DeliveryStepOutcome.Retry)]
    [InlineData(502, DeliveryStepOutcome.Retry)]
    [InlineData(503, DeliveryStepOutcome.Retry)]
    public async Task Classify_MapsStatus_ToOutcome(int status, DeliveryStepOutcome expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("app says no") };

        var step = (await AppWebhookOutcome.ClassifyAsync(response, clock, CancellationToken.None)).Step;

        Assert.Equal(expected, step.Outcome);
        if (expected != DeliveryStepOutcome.Done) Assert.Contains($"HTTP {status}", step.Error);
    }

    [Fact]
    public async Task Classify_ReadsRetryAfterDate_AgainstTheClock()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(clock.GetUtcNow().AddMinutes(5));

        var step = (await AppWebhookOutcome.ClassifyAsync(response, clock, CancellationToken.None)).Step;

        Assert.Equal(TimeSpan.FromMinutes(5), step.RetryAfter);
    }

    [Fact]
    public async Task Classify_KeepsTheBodyOutOfTheError_AndOnlyASnippetOfItForTheLog()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent(new string('x', 5000) + "\n") };

        var answer = await AppWebhookOutcome.ClassifyAsync(response, clock, CancellationToken.None);

        Assert.Equal("The app answered HTTP 400 Bad Request", answer.Step.Error);
        Assert.InRange(answer.Body.Length, 300, 400);
        Assert.EndsWith("…", answer.Body);
    }
}
