"""An S3-compatible server on loopback (moto's), as the site's bucket: storage in tests is real HTTP, never mocked.

Started like tests/smtp.py's mail server, in a thread of this process; gunicorn
instances of tests/instances.py reach it over the network like any bucket.
"""

import json
import logging

import boto3
from moto.server import ThreadedMotoServer

from tests.instances import free_port

BUCKET = "jobba-media"
KEYS = {"DJANGO_MEDIA_S3_ACCESS_KEY_ID": "testnyckel", "DJANGO_MEDIA_S3_SECRET_ACCESS_KEY": "testhemlighet"}


def start_server():
    """(server, endpoint): the server runs until server.stop(); the site's bucket exists, readable by anyone."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request otherwise
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    s3 = client(endpoint)
    try:
        s3.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-north-1"})
    except s3.exceptions.BucketAlreadyOwnedByYou:
        # moto keeps its buckets per process, not per server: an earlier module's is emptied.
        for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []):
            s3.delete_object(Bucket=BUCKET, Key=item["Key"])
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(public_read(BUCKET)))
    return server, endpoint


def public_read(bucket):
    """README.md's bucket policy: anyone may read an object, nobody may list or write without the keys."""
    return {"Version": "2012-10-17", "Statement": [{
        "Sid": "PublicRead", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
        "Resource": f"arn:aws:s3:::{bucket}/*"}]}


def client(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, region_name="eu-north-1",
                        aws_access_key_id=KEYS["DJANGO_MEDIA_S3_ACCESS_KEY_ID"],
                        aws_secret_access_key=KEYS["DJANGO_MEDIA_S3_SECRET_ACCESS_KEY"])


def environment(endpoint):
    """The variables README.md names, pointing at the loopback server."""
    return {"DJANGO_MEDIA_S3_BUCKET": BUCKET, "DJANGO_MEDIA_S3_ENDPOINT_URL": endpoint,
            "DJANGO_MEDIA_S3_REGION": "eu-north-1", **KEYS}
