namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// The piece cannot go to WeChat as it is (a title too long, no cover, an image from another site): found before
/// anything is sent, and told to the editor in Chinese. The delivery fails until someone changes the article.
/// </summary>
internal sealed class WeChatDeliveryRefusedException(string editorMessage) : Exception(editorMessage)
{
    public string EditorMessage { get; } = editorMessage;
}
