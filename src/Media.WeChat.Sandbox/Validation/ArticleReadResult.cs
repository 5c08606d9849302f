using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Validation;

/// <summary>A validated article, or the errcode WeChat would answer with.</summary>
internal readonly record struct ArticleReadResult(SandboxArticle? Article, int Errcode)
{
    public static ArticleReadResult Fail(int errcode) => new(null, errcode);
}
