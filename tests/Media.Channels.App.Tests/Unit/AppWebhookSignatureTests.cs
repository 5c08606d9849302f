using System.Text;
using Media.Channels.App.Webhooks;
using Media.Testing;

namespace Media.Channels.App.Tests.Unit;

public sealed class AppWebhookSignatureTests
{
    private const string Secret = "app-webhook-secret-0123456789";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"event\":\"article.published\",\"title\":\"春耕\"}");

    // Expected value computed outside .NET (Python's hmac module) from the formula of docs/http-api.md §5.
    private const string Expected = "sha256=8a82da023f9077b6b1b29dcb2dfa706f423c2ff2b88bfd0a2493f3f7c41fb06b";

    [Fact]
    public void Sign_MatchesTheContractFormula_ForAKnownVector() =>
        Assert.Equal(Expected, AppWebhookSignature.Sign(Secret, "1700000000", Body));

    [Fact]
    public void ReceiverVerify_AcceptsTheKnownVector_AndRejectsAnyChange()
    {
        Assert.True(WebhookReceiver.Verify(Secret, "1700000000", Body, Expected));
        Assert.False(WebhookReceiver.Verify(Secret, "1700000001", Body, Expected));
        Assert.False(WebhookReceiver.Verify("another-secret-0123456789", "1700000000", Body, Expected));
        Assert.False(WebhookReceiver.Verify(Secret, "1700000000", [.. Body, (byte)' '], Expected));
        Assert.False(WebhookReceiver.Verify(Secret, "1700000000", Body, Expected.ToUpperInvariant()));
        Assert.False(WebhookReceiver.Verify(Secret, "1700000000", Body, null));
    }
}
