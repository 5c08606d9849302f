using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Tests.Unit;

public sealed class WeChatJsonTests
{
    [Fact]
    public void Serialize_WritesCharactersRaw_WhenTextHasChineseHtmlEmojiAndQuotes()
    {
        var json = WeChatJson.Serialize(new WeChatWire.MediaId("县<p class=\"a\">&'+😀𠀀\n\t\\"));

        Assert.Equal("{\"media_id\":\"县<p class=\\\"a\\\">&'+😀𠀀\\n\\t\\\\\"}", json);
    }

    [Fact]
    public void Serialize_WritesArticleFieldsAsReferenceNamesThem_WhenOptionalFieldsAreEmpty()
    {
        var article = WeChatWire.Article.From(new WeChatDraftArticle("标题", "<p>正文</p>", "thumb", Author: " ", NeedOpenComment: true));

        var json = WeChatJson.Serialize(new WeChatWire.DraftAdd([article]));

        Assert.Equal("{\"articles\":[{\"article_type\":\"news\",\"title\":\"标题\",\"content\":\"<p>正文</p>\",\"thumb_media_id\":\"thumb\"," +
            "\"need_open_comment\":1,\"only_fans_can_comment\":0}]}", json);
    }
}
