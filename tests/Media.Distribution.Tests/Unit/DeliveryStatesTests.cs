using Media.Distribution.Deliveries;

namespace Media.Distribution.Tests.Unit;

public sealed class DeliveryStatesTests
{
    [Theory]
    [InlineData(DeliveryStates.Pending, "待发送")]
    [InlineData(DeliveryStates.Sending, "发送中")]
    [InlineData(DeliveryStates.Delivered, "已送达")]
    [InlineData(DeliveryStates.Failed, "失败")]
    [InlineData(DeliveryStates.Retracting, "撤回中")]
    [InlineData(DeliveryStates.Retracted, "已撤回")]
    [InlineData(DeliveryStates.NotSupported, "不支持")]
    [InlineData("paused", "paused")]
    public void Label_IsChinese_AndAnUnknownStateShowsAsItself(string state, string label)
    {
        Assert.Equal(label, DeliveryStates.Label(state));
    }
}
