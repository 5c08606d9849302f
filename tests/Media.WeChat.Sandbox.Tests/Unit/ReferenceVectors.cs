namespace Media.WeChat.Sandbox.Tests.Unit;

/// <summary>docs/wechat.md Appendix A: the PUBLISHJOBFINISH safe-mode vector.</summary>
public static class ReferenceVectors
{
    public const string PublishJobFinishXml =
        "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oV5CrjpxgaGXNHIQigzNlgLTnwic]]></FromUserName><CreateTime>1481013459</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[PUBLISHJOBFINISH]]></Event><PublishEventInfo><publish_id>2247503051</publish_id><publish_status>0</publish_status><article_id><![CDATA[b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4]]></article_id><article_detail><count>1</count><item><idx>1</idx><article_url><![CDATA[ARTICLE_URL]]></article_url></item></article_detail></PublishEventInfo></xml>";

    public const string PublishJobFinishEncrypt =
        "uMMzGtqcnpOzXOYBwDQNrYEwm91JgpiW4/4+X3oSGYbPl8PS0qNKWY8qM7I0swUoauQ8uRJ13rMkuHGuMiitYRQFyyhOE3AAwll8PuSOZk27sl8IUH1uY/VoNQe1GN1/yCUiTtGUFrzf1NUWgofJzJJeZZ0imEgZcgfXm10abuc4uspviguHzBtmHRcqqoRb6IrDJbsWn5nJY4sMax83rl/w/QWkFM2WYp01CLz+pOh5j+4aLiSTJ8C0MqjAJka4EEuKvJ/ZgOcLGUY9ZdjpVnGwFMIPigUf3V2egUf9yIfdjwy+SOTIDDq/YEBQ3gIJDxcjjsTeX7YxpLmNkVsIuhg9PgTnp7pCXYYavnInctvpeGNGx3Lu0Na+SFx0iQ0gD6BuQa2XE6cK+ahkPaVMnm5f1XnQFS5pDn/7UH/Bq0Gk5FCyYhmc53JQAe25/U84+p2QeAZFEjQXIAB+rEOz9qri7Zbj7RAstHfB9IV2AQfDoiOEGGCKUsSnuZ9bd9n11Vmy7xVqiiOYlGJOFouySesIHS5WXokV+6wM1AcUNIJUNJIEmmgGLPmocKI3MIhS8ltJuFvzAuutFeodi6rtlQukb6PrehliDKk5+s6ElHom2VOgboX1fRycWgPa+v16qojn1Sm/wJsq9rq/s9a8u4EswobfG4q1lVA4qvlrml5MZaWG9ijSNdE71mwBzYhmcqcQtPS8Mi/E9At2qbNnw5XtNZMipM0xZYXGUJzqHEU9Qh1mJY+TytwQu1gMj3o1CPad7r+gbuDJfZcyy+IWELvFjMC7K5TDCIKdbqyPR28=";
}
