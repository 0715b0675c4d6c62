filedesc://crawl.arc 0.0.0.0 20250610080000 text/plain 81
1 0 Chronicle test crawl
URL IP-address Archive-date Content-type Archive-length

dns:ledger.example 192.0.2.1 20250610080001 text/dns 13
192.0.2.10


http://ledger.example/2025/ceasefire 192.0.2.10 20250610080002 text/html 608
HTTP/1.0 200 OK
Content-Type: text/html; charset=utf-8
Content-Length: 528

<html><head><title>Ceasefire line redrawn near Varn</title></head><body><article><h1>Ceasefire line redrawn near Varn</h1>
<p>Engineers from both armies walked the new ceasefire line on Monday and marked it with white posts every hundred metres, officials in Varn said. The line follows the old railway embankment for most of its length and leaves the grain silos on the eastern side.</p>
<p>A spokesman for the monitoring mission said observers would patrol the line twice a day for the first month.</p></article></body></html>
http://ledger.example/logo.gif 192.0.2.10 20250610080003 image/gif 50
HTTP/1.0 200 OK
Content-Type: image/gif

GIF89a
