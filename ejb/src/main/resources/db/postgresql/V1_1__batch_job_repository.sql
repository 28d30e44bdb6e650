-- The Jakarta Batch job repository on PostgreSQL. Payara creates these tables by itself on H2, but on
-- PostgreSQL (datasource set by a post-boot command) it did not, and every job start failed with
-- 'relation "jbatchjobinstancedata" does not exist'. Same names and columns as Payara's own PostgreSQL DDL.
CREATE TABLE IF NOT EXISTS jbatchcheckpointdata (id VARCHAR(512), obj BYTEA);
CREATE TABLE IF NOT EXISTS jbatchjobinstancedata (
    jobinstanceid SERIAL NOT NULL PRIMARY KEY, name VARCHAR(512), apptag VARCHAR(512));
CREATE TABLE IF NOT EXISTS jbatchexecutioninstancedata (
    jobexecid SERIAL NOT NULL PRIMARY KEY,
    jobinstanceid BIGINT NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid),
    createtime TIMESTAMP, starttime TIMESTAMP, endtime TIMESTAMP, updatetime TIMESTAMP, parameters BYTEA,
    batchstatus VARCHAR(512), exitstatus VARCHAR(512));
CREATE TABLE IF NOT EXISTS jbatchstepexecutioninstancedata (
    stepexecid SERIAL NOT NULL PRIMARY KEY,
    jobexecid BIGINT NOT NULL REFERENCES jbatchexecutioninstancedata (jobexecid),
    batchstatus VARCHAR(512), exitstatus VARCHAR(512), stepname VARCHAR(512), readcount INTEGER,
    writecount INTEGER, commitcount INTEGER, rollbackcount INTEGER, readskipcount INTEGER, processskipcount INTEGER,
    filtercount INTEGER, writeskipcount INTEGER, starttime TIMESTAMP, endtime TIMESTAMP, persistentdata BYTEA);
CREATE TABLE IF NOT EXISTS jbatchjobstatus (
    id BIGINT NOT NULL REFERENCES jbatchjobinstancedata (jobinstanceid), obj BYTEA);
CREATE TABLE IF NOT EXISTS jbatchstepstatus (
    id BIGINT NOT NULL REFERENCES jbatchstepexecutioninstancedata (stepexecid), obj BYTEA);
