-- db-scheduler 16.x's table for PostgreSQL, as its documentation gives it (postgresql_tables.sql). Axon's
-- DbSchedulerDeadlineManager keeps the webshop's delivery-day charges and the subscriptions' period charges here,
-- so they survive restarts; a charge picked by an instance that died is picked again after its heartbeat stops.
create table scheduled_tasks (
  task_name text not null,
  task_instance text not null,
  task_data bytea,
  execution_time timestamp with time zone not null,
  picked BOOLEAN not null,
  picked_by text,
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures INT,
  last_heartbeat timestamp with time zone,
  version BIGINT not null,
  priority SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
