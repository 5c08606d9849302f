namespace Media.AuditTrail.Pages.Admin.Audit;

/// <summary>What an entry is about, in words (the kind's code stays in 技术信息, docs/admin-ui.md §13).</summary>
public static class AuditSubjects
{
    public static string Label(string kind) => kind switch
    {
        "article" => "稿件",
        "user" => "用户",
        "user-name" => "登录名",
        "column" => "栏目",
        "workflow" => "审核流程",
        "channel" => "渠道",
        "lexicon" => "敏感词表",
        "media" => "图片",
        "audit" => "审计日志",
        "request" => "访问请求",
        "jobs-dashboard" => "后台任务",
        "wechat-push" => "公众号推送",
        _ => "其他",
    };
}
