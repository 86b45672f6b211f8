// The floor of bench/response-cache.sh: a server that does nothing but answer every request with the same bytes,
// read once from a file, so that loading it as the services are loaded shows what the load generator and the machine
// alone cost in throughput and latency.
//   node floor.mjs <response-body-file> <port>
import http from "node:http";
import { readFileSync } from "node:fs";

const [bodyFile, port] = process.argv.slice(2);
const body = readFileSync(bodyFile);
http
  .createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json", "content-length": body.length });
      response.end(body);
    });
  })
  .listen(Number(port), "127.0.0.1");
