import pytest

from search import service
from search.backends.base import SearchParams
from search.text import Query

pytestmark = pytest.mark.django_db


def test_smoke(publish, client):
    a = publish(title="Khai mạc Đại hội đại biểu toàn quốc", lead="Hôm nay Đại hội khai mạc tại Hà Nội.")
    b = publish(title="Bài nói dài hơi", lead="Một bài phát biểu dài hơi về mã số.")
    c = publish(title="Mã số thuế", lead="Mà nói chung.")
    for q in ["dai hoi", "Đại hội", "ĐẠI HỘI", "mã", "ma", "ha noi"]:
        r = service.search(SearchParams(query=Query(q)))
        print(q, r.count, [(h.title, str(h.snippet)) for h in r.hits], r.facets)
    print(service.suggest(Query("dai h"), "vi"))
    resp = client.get("/tim-kiem/?q=dai+hoi")
    print(resp.status_code)
    assert resp.status_code == 200
    resp = client.get("/api/search/?q=dai+hoi")
    print(resp.json())
    resp = client.get("/api/search/suggest/?q=ma")
    print(resp.json())
    resp = client.get("/api/search/?q=dai+hoi&page=0&sort=x&from=2020-13-01")
    print(resp.status_code, resp.json())
