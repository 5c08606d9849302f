#!/usr/bin/env python3
"""Publishes N generated county articles through the real API (write, submit, three-stage review, publish), so the
rows are exactly the ones publishing makes: article, versions, reviews, publication, readable address, search index,
audit trail. Keep-alive connections and a few threads make 2,000 articles take a few minutes instead of the hour
that one curl per call would. Usage: seed.py BASE_URL ADMIN_PASSWORD COUNT [THREADS]; prints the count published."""
import http.client
import json
import random
import sys
import threading
import urllib.parse

BASE, PASSWORD, COUNT = sys.argv[1], sys.argv[2], int(sys.argv[3])
THREADS = int(sys.argv[4]) if len(sys.argv) > 4 else 4
WORDS = ("县委 县政府 召开 会议 乡村 振兴 农业 生产 群众 工作 发展 建设 项目 推进 安全 教育 学校 学生 医院 医疗 卫生 健康 "
         "道路 交通 公路 桥梁 供水 供暖 环境 保护 河道 治理 森林 防火 旅游 文化 活动 比赛 志愿者 服务 社区 居民 养老 就业 "
         "培训 企业 招商 投资 产业 园区 电商 直播 茶叶 水果 蔬菜 大棚 猕猴桃 核桃 板栗 香菇 木耳 花椒 辣椒 樱桃 蜂蜜 养殖 "
         "合作社 农民 收入 丰收 春耕 秋收 防汛 抗旱 气象 降雨 天气 消防 演练 交警 宣传 政策 补贴 资金 改造 完工 开工 "
         "通车 新建 提升 检查 督导 调研 部署 落实 表彰").split()
address = urllib.parse.urlsplit(BASE)


class Api:
    def __init__(self):
        self.connection = http.client.HTTPConnection(address.hostname, address.port, timeout=60)

    def call(self, method, path, token=None, body=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        self.connection.request(method, path, body=json.dumps(body, ensure_ascii=False).encode() if body is not None else None,
                                headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        if response.status >= 300:
            raise RuntimeError(f"{method} {path}: {response.status} {data[:300]!r}")
        return json.loads(data) if data else None


def login(api, name):
    return api.call("POST", "/api/auth/login", body={"userName": name, "password": PASSWORD})["accessToken"]


def sentence(rng, low, high):
    return "".join(WORDS[int(len(WORDS) * rng.random() ** 2.5)] for _ in range(rng.randint(low, high)))


setup = Api()
admin = login(setup, "admin")
roles = {"reporter": "Reporter", "editor": "Editor", "chief": "ChiefEditor", "leader": "Leader"}
for name, role in roles.items():
    setup.call("POST", "/api/users", admin, {"userName": name, "displayName": name, "password": PASSWORD, "roles": [role]})
columns = [setup.call("POST", "/api/columns", admin, {"name": label, "slug": slug})["id"]
           for label, slug in (("要闻", "news"), ("乡镇", "towns"), ("民生", "life"), ("法治", "fazhi"))]
published = 0
lock = threading.Lock()


def worker(index):
    global published
    api = Api()
    tokens = {name: login(api, name) for name in roles}
    rng = random.Random(2026 + index)
    for n in range(index, COUNT, THREADS):
        body = "\n\n".join(sentence(rng, 8, 16) + "。" for _ in range(8))
        article = api.call("POST", "/api/articles", tokens["reporter"], {
            "columnId": columns[n % len(columns)], "title": sentence(rng, 4, 7) + f"（{n + 1}）", "author": "融媒体中心记者",
            "source": "县融媒体中心", "body": body, "tags": [WORDS[n % len(WORDS)]]})
        api.call("POST", f"/api/articles/{article['id']}/submit", tokens["reporter"], {"version": 1})
        for reviewer in ("editor", "chief", "leader"):
            api.call("POST", f"/api/articles/{article['id']}/review", tokens[reviewer],
                     {"version": 1, "decision": "approve", "comment": "同意"})
        api.call("POST", f"/api/articles/{article['id']}/publish", tokens["leader"], {"channels": []})
        with lock:
            published += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(published)
sys.exit(0 if published == COUNT else 1)
