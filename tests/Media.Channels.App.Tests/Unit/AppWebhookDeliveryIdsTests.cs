using Media.Channels.App.Webhooks;

namespace Media.Channels.App.Tests.Unit;

public sealed class AppWebhookDeliveryIdsTests
{
    private static readonly Guid Delivery = Guid.Parse("01950c4e-7d2a-7b3c-9a41-5f0e2d8c6b17");

    [Fact]
    public void ForVersion_IsTheSameForTheSameDeliveryAndVersion() =>
        Assert.Equal(AppWebhookDeliveryIds.ForVersion(Delivery, 5), AppWebhookDeliveryIds.ForVersion(Delivery, 5));

    [Fact]
    public void ForVersion_DiffersByVersionAndDelivery_AndFromTheDeliveryItself()
    {
        var ids = new[]
        {
            Delivery,
            AppWebhookDeliveryIds.ForVersion(Delivery, 1),
            AppWebhookDeliveryIds.ForVersion(Delivery, 5),
            AppWebhookDeliveryIds.ForVersion(Delivery, 6),
            AppWebhookDeliveryIds.ForVersion(Guid.Parse("01950c4e-7d2a-7b3c-9a41-5f0e2d8c6b18"), 5),
        };

        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void ForVersion_IsAnRfc9562Version8Id()
    {
        var text = AppWebhookDeliveryIds.ForVersion(Delivery, 5).ToString();

        Assert.Equal('8', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
